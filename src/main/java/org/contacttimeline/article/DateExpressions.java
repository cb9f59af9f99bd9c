package org.contacttimeline.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a sentence gives, resolved against the publication date, each with the rule that read it: a day
 * ("March 14", "Nov. 18, 2019", "on Monday", "yesterday"), a range ("from March 16 to 21", "March 30 to April 2"), an
 * end ("until March 21"), a month ("earlier this month", "last month", "in March") or a year ("last year", "early next
 * year", "in 2018"). A day or month without its year is put in the year that brings it nearest the publication date,
 * a time after it counting three times as far unless the sentence speaks of the future (and one before it, if it
 * does): news tells mostly of what happened. A weekday is the last one on or before the publication date, or the
 * next one after it in a sentence about the future.
 */
final class DateExpressions {

	private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|"
			+ "December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "(?:,?\\s+(\\d{4}))?";

	private static final Pattern ACROSS = Pattern.compile("(?:from\\s+)?" + MONTH + "\\s+" + DAY
			+ "\\s*(?:to|through|until|-)\\s*" + MONTH + "\\s+" + DAY + YEAR + "\\b");

	private static final Pattern WITHIN = Pattern
		.compile("(?:from\\s+)?" + MONTH + "\\s+" + DAY + "\\s*(?:to|through|until|-)\\s*" + DAY + YEAR + "\\b");

	private static final Pattern UNTIL = Pattern.compile("(?:until|till|through)\\s+" + MONTH + "\\s+" + DAY + YEAR + "\\b");

	private static final Pattern ONE_DAY = Pattern.compile("(?:[Oo]n\\s+)?" + MONTH + "\\s+" + DAY + YEAR + "\\b");

	private static final Pattern WEEKDAY = Pattern
		.compile("(?:(?:[Oo]n|last|this|next)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

	private static final Pattern NEAR_DAY = Pattern.compile("\\b(yesterday|today|tomorrow)\\b");

	private static final Pattern RELATIVE_MONTH = Pattern
		.compile("\\b(?:(?:earlier|later|early|late)\\s+)?(this|last|next)\\s+month\\b");

	private static final Pattern NAMED_MONTH = Pattern.compile("\\bin\\s+(?:(?:early|mid|late)[- ])?" + MONTH + "(?:\\s+(\\d{4}))?\\b");

	private static final Pattern RELATIVE_YEAR = Pattern
		.compile("\\b(?:(?:earlier|later|early|late)\\s+)?(this|last|next)\\s+year\\b");

	private static final Pattern NAMED_YEAR = Pattern.compile("\\bin\\s+(\\d{4})\\b");

	private static final Map<String, Month> ABBREVIATED = Map.ofEntries(Map.entry("Jan.", Month.JANUARY),
			Map.entry("Feb.", Month.FEBRUARY), Map.entry("Mar.", Month.MARCH), Map.entry("Apr.", Month.APRIL),
			Map.entry("Jun.", Month.JUNE), Map.entry("Jul.", Month.JULY), Map.entry("Aug.", Month.AUGUST),
			Map.entry("Sep.", Month.SEPTEMBER), Map.entry("Sept.", Month.SEPTEMBER), Map.entry("Oct.", Month.OCTOBER),
			Map.entry("Nov.", Month.NOVEMBER), Map.entry("Dec.", Month.DECEMBER));

	private final LocalDate published;

	DateExpressions(LocalDate published) {
		this.published = published;
	}

	/** Every date the sentence gives, in order; {@code future} when the sentence speaks of what is to come. */
	List<TextDate> in(String sentence, boolean future) {
		List<TextDate> found = new ArrayList<>();
		boolean[] taken = new boolean[sentence.length() + 1];
		read(ACROSS, sentence, taken, found, (m) -> {
			LocalDate start = day(m.group(1), m.group(2), m.group(5), future);
			LocalDate end = day(m.group(3), m.group(4), m.group(5), future);
			if (start == null || end == null) {
				return null;
			}
			if (end.isBefore(start)) {
				end = end.plusYears(1);
			}
			return new TextDate(start, end, "day", "a range of days" + yearRule(m.group(5)), m.start(), m.group());
		});
		read(WITHIN, sentence, taken, found, (m) -> {
			LocalDate start = day(m.group(1), m.group(2), m.group(4), future);
			LocalDate end = day(m.group(1), m.group(3), m.group(4), future);
			return (start == null || end == null || end.isBefore(start)) ? null
					: new TextDate(start, end, "day", "a range of days in one month" + yearRule(m.group(4)), m.start(),
							m.group());
		});
		read(UNTIL, sentence, taken, found, (m) -> {
			LocalDate end = day(m.group(1), m.group(2), m.group(3), future);
			return end == null ? null
					: new TextDate(null, end, "day", "the last day (\"until\")" + yearRule(m.group(3)), m.start(), m.group());
		});
		read(ONE_DAY, sentence, taken, found, (m) -> {
			LocalDate day = day(m.group(1), m.group(2), m.group(3), future);
			return day == null ? null : new TextDate(day, day, "day", "a day" + yearRule(m.group(3)), m.start(), m.group());
		});
		read(WEEKDAY, sentence, taken, found, (m) -> {
			DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
			boolean after = future || m.group().startsWith("next");
			LocalDate day = after ? this.published.with(TemporalAdjusters.next(weekday))
					: this.published.with(TemporalAdjusters.previousOrSame(weekday));
			String rule = after ? "the first " + m.group(1) + " after the publication date (" + this.published + ")"
					: "the last " + m.group(1) + " on or before the publication date (" + this.published + ")";
			return new TextDate(day, day, "day", rule, m.start(), m.group());
		});
		read(NEAR_DAY, sentence, taken, found, (m) -> {
			int shift = switch (m.group(1)) {
				case "yesterday" -> -1;
				case "tomorrow" -> 1;
				default -> 0;
			};
			LocalDate day = this.published.plusDays(shift);
			return new TextDate(day, day, "day", "\"" + m.group(1) + "\" from the publication date (" + this.published + ")",
					m.start(), m.group());
		});
		read(RELATIVE_MONTH, sentence, taken, found, (m) -> {
			LocalDate month = this.published.withDayOfMonth(1).plusMonths(shift(m.group(1)));
			return new TextDate(month, month.with(TemporalAdjusters.lastDayOfMonth()), "month",
					"\"" + m.group(1) + " month\" from the publication date (" + this.published + ")", m.start(), m.group());
		});
		read(NAMED_MONTH, sentence, taken, found, (m) -> {
			Month month = month(m.group(1));
			if (month == null) {
				return null;
			}
			LocalDate first = (m.group(2) != null) ? LocalDate.of(Integer.parseInt(m.group(2)), month, 1)
					: nearest(LocalDate.of(this.published.getYear(), month, 1), future);
			return new TextDate(first, first.with(TemporalAdjusters.lastDayOfMonth()), "month",
					"a month" + yearRule(m.group(2)), m.start(), m.group());
		});
		read(RELATIVE_YEAR, sentence, taken, found, (m) -> {
			LocalDate year = this.published.withDayOfYear(1).plusYears(shift(m.group(1)));
			return new TextDate(year, year.with(TemporalAdjusters.lastDayOfYear()), "year",
					"\"" + m.group(1) + " year\" from the publication date (" + this.published + ")", m.start(), m.group());
		});
		read(NAMED_YEAR, sentence, taken, found, (m) -> {
			LocalDate year = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
			return new TextDate(year, year.with(TemporalAdjusters.lastDayOfYear()), "year", "a year", m.start(), m.group());
		});
		found.sort(java.util.Comparator.comparingInt(TextDate::at));
		return found;
	}

	/** The year an anniversary counts from: {@code years} before the day it is marked. */
	static TextDate anniversary(int years, TextDate marked, LocalDate published, int at, String quote) {
		LocalDate day = (marked != null && marked.start() != null) ? marked.start() : published;
		LocalDate year = day.withDayOfYear(1).minusYears(years);
		return new TextDate(year, year.with(TemporalAdjusters.lastDayOfYear()), "year",
				"the " + years + ordinal(years) + " anniversary marked on " + day + ": " + day.getYear() + " - " + years,
				at, quote);
	}

	private static String ordinal(int n) {
		return (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

	private static void read(Pattern pattern, String sentence, boolean[] taken, List<TextDate> found,
			Function<Matcher, TextDate> reading) {
		Matcher matcher = pattern.matcher(sentence);
		while (matcher.find()) {
			boolean free = true;
			for (int i = matcher.start(); i < matcher.end(); i++) {
				free &= !taken[i];
			}
			if (!free) {
				continue;
			}
			TextDate date = reading.apply(matcher);
			if (date != null) {
				found.add(date);
				for (int i = matcher.start(); i < matcher.end(); i++) {
					taken[i] = true;
				}
			}
		}
	}

	private String yearRule(String year) {
		return (year != null) ? ", its year given" : ", no year given: in the year that brings it nearest the publication "
				+ "date (" + this.published + ")";
	}

	private LocalDate day(String monthName, String dayOfMonth, String year, boolean future) {
		Month month = month(monthName);
		int day = Integer.parseInt(dayOfMonth);
		if (month == null || day < 1 || day > month.maxLength()) {
			return null;
		}
		if (year != null) {
			int y = Integer.parseInt(year);
			return (day <= LocalDate.of(y, month, 1).lengthOfMonth()) ? LocalDate.of(y, month, day) : null;
		}
		if (month == Month.FEBRUARY && day == 29 && !java.time.Year.isLeap(this.published.getYear())) {
			return null; // a leap day given without its year: which year is not to be guessed
		}
		return nearest(LocalDate.of(this.published.getYear(), month, day), future);
	}

	/** The same day in the year before, of or after the publication that is nearest to it (see the class). */
	private LocalDate nearest(LocalDate inPublicationYear, boolean future) {
		LocalDate best = null;
		long bestDistance = Long.MAX_VALUE;
		for (int shift : new int[] { 0, -1, 1 }) {
			LocalDate other = inPublicationYear.plusYears(shift);
			long away = other.toEpochDay() - this.published.toEpochDay();
			long distance = Math.abs(away) * ((away > 0) != future && away != 0 ? 3 : 1);
			if (distance < bestDistance) {
				best = other;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static Month month(String name) {
		if (ABBREVIATED.containsKey(name)) {
			return ABBREVIATED.get(name);
		}
		for (Month month : Month.values()) {
			if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(name)) {
				return month;
			}
		}
		return null;
	}

	private static int shift(String word) {
		return switch (word) {
			case "last" -> -1;
			case "next" -> 1;
			default -> 0;
		};
	}

}
