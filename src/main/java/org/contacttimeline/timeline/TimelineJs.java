package org.contacttimeline.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.source.SourceResponse;

import org.springframework.web.util.HtmlUtils;

/**
 * The timeline in the TimelineJS3 JSON format, ready for {@code new TL.Timeline(element, data)}: an event per dated
 * entry with {@code start_date} / {@code end_date} as {@code {year, month, day}} down to the precision known, a
 * {@code display_date} for month or year precision, {@code text} (HTML, escaped), {@code group} ({@code meeting} or
 * {@code delegation}) and {@code unique_id}. Undated entries are left out: TimelineJS needs a start date. The events
 * are produced while they are written, so a whole timeline streams.
 */
record TimelineJs(Map<String, Object> title, Iterable<Map<String, Object>> events) {

	static TimelineJs of(Iterable<TimelineEntry> entries) {
		return new TimelineJs(Map.of("text", Map.of("headline", "Contact Timeline",
				"text", "Diplomatic contacts: who met whom, in what role, where, when, on whose report.")),
				() -> new Iterator<>() {

					private final Iterator<TimelineEntry> source = entries.iterator();

					private TimelineEntry next;

					@Override
					public boolean hasNext() {
						while (this.next == null && this.source.hasNext()) {
							TimelineEntry candidate = this.source.next();
							this.next = candidate.startDate() != null ? candidate : null;
						}
						return this.next != null;
					}

					@Override
					public Map<String, Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						TimelineEntry entry = this.next;
						this.next = null;
						return event(entry);
					}

				});
	}

	static Map<String, Object> event(TimelineEntry entry) {
		String precision = entry.datePrecision();
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("start_date", date(entry.startDate(), precision));
		boolean sameUnit = switch (precision) {
			case "month" -> entry.endDate().withDayOfMonth(1).equals(entry.startDate());
			case "year" -> entry.endDate().getYear() == entry.startDate().getYear();
			default -> entry.endDate().equals(entry.startDate());
		};
		if (!sameUnit) {
			event.put("end_date", date(entry.endDate(), precision));
		}
		if ("month".equals(precision)) {
			event.put("display_date",
					entry.startDate().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + entry.startDate().getYear());
		}
		else if ("year".equals(precision)) {
			event.put("display_date", String.valueOf(entry.startDate().getYear()));
		}
		event.put("text", Map.of("headline", HtmlUtils.htmlEscape(entry.title()), "text", text(entry)));
		event.put("group", entry.type());
		event.put("unique_id", entry.type() + "-" + entry.slug());
		return event;
	}

	private static Map<String, Integer> date(LocalDate date, String precision) {
		Map<String, Integer> result = new LinkedHashMap<>();
		result.put("year", date.getYear());
		if (!"year".equals(precision)) {
			result.put("month", date.getMonthValue());
		}
		if ("day".equals(precision)) {
			result.put("day", date.getDayOfMonth());
		}
		return result;
	}

	private static String text(TimelineEntry entry) {
		StringBuilder html = new StringBuilder();
		if (entry.summary() != null) {
			html.append("<p>").append(HtmlUtils.htmlEscape(entry.summary())).append("</p>");
		}
		if (!entry.participants().isEmpty()) {
			html.append("<ul>");
			for (ParticipantResponse p : entry.participants()) {
				html.append("<li>").append(HtmlUtils.htmlEscape(p.name())).append(" (")
					.append(HtmlUtils.htmlEscape(p.country())).append("), ").append(HtmlUtils.htmlEscape(p.role()))
					.append("</li>");
			}
			html.append("</ul>");
		}
		for (SourceResponse s : entry.sources()) {
			html.append("<blockquote>").append(HtmlUtils.htmlEscape(s.quote())).append("</blockquote><p>— ")
				.append(HtmlUtils.htmlEscape(s.publisher()));
			if (s.headline() != null) {
				html.append(", <em>").append(HtmlUtils.htmlEscape(s.headline())).append("</em>");
			}
			html.append("</p>");
		}
		return html.toString();
	}

}
