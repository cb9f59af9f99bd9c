package org.contacttimeline.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.contacttimeline.source.SourceResponse;
import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.web.Format;

/**
 * RFC 5545 iCalendar: one all-day VEVENT per dated meeting or visit ({@code DTSTART;VALUE=DATE}, {@code DTEND}
 * the day after the last), with a UID that stays the same across exports. Undated entries are left out. Events
 * are built with ical4j and written one at a time, so an export of any size streams.
 */
class IcsExport extends ExportConverter {

	IcsExport(ExportBound bound) {
		super(Format.ICS.mediaType(), "ics", bound);
	}

	@Override
	void write(Iterator<TimelineEntry> entries, Writer out) throws IOException {
		Writer writer = new FoldingWriter(out);
		writer.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Contact Timeline//Diplomatic contacts//EN\r\n"
				+ "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Contact Timeline\r\n");
		while (entries.hasNext()) {
			TimelineEntry entry = entries.next();
			if (entry.startDate() != null) {
				writer.write(event(entry).toString());
			}
		}
		writer.write("END:VCALENDAR\r\n");
		writer.flush();
	}

	/** A property that says so, and no END:VCALENDAR: a calendar reader sees it incomplete. */
	@Override
	void failed(Writer out, String why) throws IOException {
		Writer writer = new FoldingWriter(out);
		writer.write("X-CONTACT-TIMELINE-ERROR:" + why.replace(",", "\\,").replace(";", "\\;") + "\r\n");
		writer.flush();
	}

	static VEvent event(TimelineEntry entry) {
		LocalDate exclusiveEnd = entry.endDate().plusDays(1);
		VEvent event = new VEvent(entry.startDate(), exclusiveEnd, entry.title());
		event.add(new Uid(entry.type() + "-" + entry.slug() + "@contact-timeline"));
		// the day the export was made: an unchanged export stays byte-identical (and its ETag valid) all day
		event.replace(new DtStamp(Instant.now().truncatedTo(ChronoUnit.DAYS)));
		String place = Stream.of(entry.location().venue(), entry.location().city(), entry.location().country())
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
		if (!place.isEmpty()) {
			event.add(new Location(place));
		}
		event.add(new Description(description(entry)));
		event.add(new Status(switch (entry.status()) {
			case "cancelled" -> Status.VALUE_CANCELLED;
			case "held" -> Status.VALUE_CONFIRMED;
			default -> Status.VALUE_TENTATIVE;
		}));
		event.add(new Categories(entry.kind() != null ? entry.kind().label() : "Delegation visit"));
		return event;
	}

	private static String description(TimelineEntry entry) {
		StringBuilder text = new StringBuilder();
		if (!"day".equals(entry.datePrecision())) {
			text.append("Dates known to the ").append(entry.datePrecision()).append(" only.\n");
		}
		text.append("Status: ").append(entry.status()).append('\n');
		text.append("Countries: ").append(String.join(", ", entry.countries())).append('\n');
		List<String> people = entry.participants().stream().map((p) -> p.name() + " (" + p.country() + "), " + p.role()).toList();
		if (!people.isEmpty()) {
			text.append("Participants: ").append(String.join("; ", people)).append('\n');
		}
		entry.unnamedParties().forEach((u) -> text.append("Also: ").append(u.description()).append('\n'));
		if (entry.summary() != null) {
			text.append('\n').append(entry.summary()).append('\n');
		}
		for (SourceResponse source : entry.sources()) {
			text.append("\nSource: ").append(source.publisher());
			if (source.headline() != null) {
				text.append(", \u201c").append(source.headline()).append('\u201d');
			}
			text.append(": \"").append(source.quote()).append('"');
		}
		if (entry.notes() != null) {
			text.append("\n\nNote: ").append(entry.notes());
		}
		return text.toString().strip();
	}

}
