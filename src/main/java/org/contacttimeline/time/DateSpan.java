package org.contacttimeline.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.contacttimeline.web.InvalidRequestException.FieldError;

/**
 * The dates of a write, checked against their precision and completed where the precision says what is meant: a
 * day-precise meeting given only a start lasts that day; a month or year given by its first day spans it whole.
 *
 * @param start first day, {@code null} when undated
 * @param end last day (inclusive), {@code null} when undated
 */
public record DateSpan(LocalDate start, LocalDate end, DatePrecision precision) {

	/**
	 * Resolves the dates of a request, adding an error for every contradiction.
	 * @param precision {@code day}, {@code month}, {@code year}, {@code unknown}, or {@code null} to infer it
	 * @return the span, or {@code null} when an error was added
	 */
	public static DateSpan resolve(LocalDate start, LocalDate end, String precision, List<FieldError> errors) {
		int before = errors.size();
		DatePrecision resolved = (precision == null) ? (start == null && end == null ? DatePrecision.UNKNOWN : DatePrecision.DAY)
				: DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT));
		if (resolved == DatePrecision.UNKNOWN) {
			if (start != null || end != null) {
				errors.add(new FieldError("datePrecision", "is unknown, which contradicts the dates given; leave the dates out or give the precision of the dates (day, month or year)", precision));
			}
			return errors.size() > before ? null : new DateSpan(null, null, resolved);
		}
		if (start == null) {
			errors.add(new FieldError("startDate", "is required when the precision is " + name(resolved), null));
			return null;
		}
		if (end == null) {
			end = switch (resolved) {
				case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
				case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
				default -> start;
			};
		}
		if (end.isBefore(start)) {
			errors.add(new FieldError("endDate", "is before startDate (" + start + "); the end is the last day, inclusive", end.toString()));
			return null;
		}
		if (resolved == DatePrecision.MONTH && (start.getDayOfMonth() != 1 || end.plusDays(1).getDayOfMonth() != 1)) {
			errors.add(new FieldError("datePrecision", "is month, but the dates are not whole months: start on the 1st and end on a month's last day", precision));
		}
		if (resolved == DatePrecision.YEAR && (start.getDayOfYear() != 1 || end.plusDays(1).getDayOfYear() != 1)) {
			errors.add(new FieldError("datePrecision", "is year, but the dates are not whole years: start on 1 January and end on 31 December", precision));
		}
		return errors.size() > before ? null : new DateSpan(start, end, resolved);
	}

	private static String name(DatePrecision precision) {
		return precision.name().toLowerCase(Locale.ROOT);
	}

}
