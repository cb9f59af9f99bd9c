package org.contacttimeline.time;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * When a meeting or a delegation took place, as precisely as known, in its owner's {@code start_date},
 * {@code end_date} and {@code date_precision} columns. Both days are {@code null} exactly when the precision is
 * unknown; the end is not before the start. Which further rule the days follow is the owner's choice:
 * {@link #of} or {@link #ofWholePeriods}.
 */
@Embeddable
public class Dates {

	private LocalDate startDate;

	private LocalDate endDate;

	private DatePrecision datePrecision;

	protected Dates() {
	}

	private Dates(LocalDate startDate, LocalDate endDate, DatePrecision datePrecision) {
		this.startDate = startDate;
		this.endDate = endDate;
		this.datePrecision = datePrecision;
	}

	/**
	 * Dates that fit their precision ({@link DatePrecision#requireConsistent}).
	 * @throws IllegalArgumentException if they do not
	 */
	public static Dates of(LocalDate startDate, LocalDate endDate, DatePrecision datePrecision) {
		datePrecision.requireConsistent(startDate, endDate);
		return new Dates(startDate, endDate, datePrecision);
	}

	/**
	 * Dates that fit their precision and, when it is a month or a year, span whole months or whole years
	 * ({@link DatePrecision#requireWholePeriods}).
	 * @throws IllegalArgumentException if they do not
	 */
	public static Dates ofWholePeriods(LocalDate startDate, LocalDate endDate, DatePrecision datePrecision) {
		datePrecision.requireWholePeriods(startDate, endDate);
		return new Dates(startDate, endDate, datePrecision);
	}

	/** The first day, {@code null} when the precision is unknown. */
	public LocalDate getStartDate() {
		return this.startDate;
	}

	/** The last day (inclusive), {@code null} when the precision is unknown. */
	public LocalDate getEndDate() {
		return this.endDate;
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

}
