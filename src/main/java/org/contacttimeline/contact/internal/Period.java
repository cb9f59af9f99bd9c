package org.contacttimeline.contact.internal;

import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.noCondition;

/**
 * The dates a filter asks for ({@code date}, or {@code from} and {@code to}), as two disjoint conditions whose union
 * is exactly the contacts overlapping them:
 * <ul>
 * <li>{@link #startsWithin}: contacts starting in the period; read in timeline order from an index on start date
 * (the meeting's, or its sides' copy of it) and stopped after a page, however long the period;</li>
 * <li>{@link #stillRunning}: contacts that started earlier and are still under way on its first day; found by the
 * SP-GiST index of dated periods (read without the table), a thousand at most, then sorted and cut to a page.</li>
 * </ul>
 * The second compares start dates with {@code <>}, not {@code <}, so that no plan (generic ones included) reads the
 * start-date index for every contact before the period.
 */
sealed interface Period {

	/** No dates asked for: every contact, undated ones last. */
	Period NONE = new None();

	static Period of(LocalDate date, LocalDate from, LocalDate to) {
		if (date != null) {
			// in progress that day: starting that day, or earlier and still under way
			Param<LocalDate> day = param("date", date);
			return new Range(day, day);
		}
		if (from != null) {
			return new Range(param("from", from), (to != null) ? param("to", to) : null);
		}
		if (to != null) {
			return new Until(param("to", to));
		}
		return NONE;
	}

	/** Contacts starting in the period, tested on a start date (a meeting's own, or a side's copy of it). */
	Condition startsWithin(Field<LocalDate> startDate);

	/**
	 * Contacts that started before the period and are still under way on its first day: none, unless the period has
	 * a first day.
	 */
	default Condition stillRunning(Field<LocalDate> startDate, Field<LocalDate> endDate) {
		return org.jooq.impl.DSL.falseCondition();
	}

	/** Whether {@link #stillRunning} can select anything. */
	default boolean hasStillRunning() {
		return false;
	}

	/** Whether the period leaves undated contacts out. */
	default boolean bounded() {
		return this != NONE;
	}

	/** The whole overlap test, as one condition (for a table small enough not to need the split). */
	default Condition overlaps(Field<LocalDate> startDate, Field<LocalDate> endDate) {
		return hasStillRunning() ? startsWithin(startDate).or(stillRunning(startDate, endDate))
				: startsWithin(startDate);
	}

	private static Condition contains(Field<LocalDate> startDate, Field<LocalDate> endDate, Param<LocalDate> day) {
		return condition("daterange({0}, {1}, '[]') @> {2}", startDate, endDate, day);
	}


	/** Overlapping {@code [from, to]} (a day: {@code [date, date]}), or from {@code from} on when {@code to} is {@code null}. */
	record Range(Param<LocalDate> from, Param<LocalDate> to) implements Period {

		@Override
		public Condition startsWithin(Field<LocalDate> startDate) {
			return (this.to != null) ? startDate.between(this.from, this.to) : startDate.ge(this.from);
		}

		@Override
		public Condition stillRunning(Field<LocalDate> startDate, Field<LocalDate> endDate) {
			return startDate.ne(this.from).and(contains(startDate, endDate, this.from));
		}

		@Override
		public boolean hasStillRunning() {
			return true;
		}

	}

	/** Starting on or before {@code to}: nothing can still run into a period without a first day. */
	record Until(Param<LocalDate> to) implements Period {

		@Override
		public Condition startsWithin(Field<LocalDate> startDate) {
			return startDate.le(this.to);
		}

	}

	/** No period. */
	record None() implements Period {

		@Override
		public Condition startsWithin(Field<LocalDate> startDate) {
			return noCondition();
		}

		@Override
		public Condition overlaps(Field<LocalDate> startDate, Field<LocalDate> endDate) {
			return noCondition();
		}

	}

}
