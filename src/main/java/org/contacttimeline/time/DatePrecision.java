package org.contacttimeline.time;

import java.time.LocalDate;

/**
 * How precisely the dates of a meeting or a delegation are known. Stored lower-case ({@code day}, {@code month},
 * {@code year}, {@code unknown}) by {@link DatePrecisionConverter}.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR, UNKNOWN;

	/**
	 * Checks the rule every dated row shares: dates are given together, only when the precision is known, and the
	 * end is not before the start.
	 * @throws IllegalArgumentException if the dates do not fit this precision
	 */
	public void requireConsistent(LocalDate start, LocalDate end) {
		if ((start == null) != (end == null)) {
			throw new IllegalArgumentException("start and end dates are given together or not at all");
		}
		if ((start == null) != (this == UNKNOWN)) {
			throw new IllegalArgumentException("dates are given exactly when the precision is not unknown");
		}
		if (start != null && end.isBefore(start)) {
			throw new IllegalArgumentException("the end date is before the start date");
		}
	}

	/**
	 * Checks {@link #requireConsistent} and, for month and year precision, that the dates span whole months or
	 * whole years (as meetings must).
	 * @throws IllegalArgumentException if the dates do not fit this precision
	 */
	public void requireWholePeriods(LocalDate start, LocalDate end) {
		requireConsistent(start, end);
		if (this == MONTH && (start.getDayOfMonth() != 1 || end.plusDays(1).getDayOfMonth() != 1)) {
			throw new IllegalArgumentException("a month-precise span starts on the 1st and ends on a month's last day");
		}
		if (this == YEAR && (start.getDayOfYear() != 1 || end.plusDays(1).getDayOfYear() != 1)) {
			throw new IllegalArgumentException("a year-precise span starts on 1 January and ends on 31 December");
		}
	}

}
