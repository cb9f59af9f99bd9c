package org.contacttimeline.contact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.contact.internal.Tables.Delegations;
import org.contacttimeline.contact.internal.Tables.Kinds;
import org.contacttimeline.contact.internal.Tables.Meetings;
import org.contacttimeline.contact.internal.Tables.Officials;
import org.contacttimeline.contact.internal.Tables.Participants;
import org.contacttimeline.contact.internal.Tables.Sides;
import org.contacttimeline.web.Page.Cursor;

import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.asterisk;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import org.contacttimeline.contact.ContactFilter;

/**
 * The rows a page of meetings is read from when one filter names few of them, in an index ordered by date:
 * {@code (meeting_id, start_date)} in date order from where the cursor points.
 */
sealed interface Driver {

	/** The dated rows: in the period when there is one, from the cursor's date on. */
	Table<?> dated(Period period, Cursor cursor);

	/** The rows of undated meetings. */
	Table<?> undated();

	/** Whether the driver's rows already satisfy a criterion, which is then not tested again. */
	boolean guarantees(Criterion criterion);

	private static Condition from(Field<LocalDate> startDate, Period period, Cursor cursor) {
		Condition condition = period.bounded() ? period.startsWithin(startDate) : startDate.isNotNull();
		return (cursor != null) ? condition.and(startDate.ge(Rows.cursorDate(cursor))) : condition;
	}

	/** An official's participations (V11: each carries its meeting's start date). */
	record Participations(Criterion.Official official) implements Driver {

		@Override
		public Table<?> dated(Period period, Cursor cursor) {
			Participants p = Participants.as("drive");
			return select(p.meetingId(), p.startDate()).from(p.table())
				.where(p.officialId().eq(this.official.id()))
				.and(from(p.startDate(), period, cursor))
				.orderBy(p.startDate())
				.offset(inline(0))
				.asTable("drive");
		}

		@Override
		public Table<?> undated() {
			Participants p = Participants.as("drive");
			return select(p.meetingId(), p.startDate()).from(p.table())
				.where(p.officialId().eq(this.official.id()))
				.and(p.startDate().isNull())
				.offset(inline(0))
				.asTable("drive");
		}

		@Override
		public boolean guarantees(Criterion criterion) {
			return criterion == this.official;
		}

	}

	/**
	 * The first country's sides (V7: each carries its meeting's start date), the second country probed by the
	 * key of the sides.
	 */
	record CountrySides(List<Criterion.Country> countries) implements Driver {

		@Override
		public Table<?> dated(Period period, Cursor cursor) {
			Sides side = Sides.as("drive");
			return select(side.meetingId(), side.startDate()).from(side.table())
				.where(side.countryCode().eq(this.countries.get(0).code()))
				.and(from(side.startDate(), period, cursor))
				.and(second(side))
				.orderBy(side.startDate())
				.offset(inline(0))
				.asTable("drive");
		}

		@Override
		public Table<?> undated() {
			Sides side = Sides.as("drive");
			return select(side.meetingId(), side.startDate()).from(side.table())
				.where(side.countryCode().eq(this.countries.get(0).code()))
				.and(side.startDate().isNull())
				.and(second(side))
				.offset(inline(0))
				.asTable("drive");
		}

		private Condition second(Sides side) {
			if (this.countries.size() < 2) {
				return noCondition();
			}
			Sides other = Sides.as("side1");
			return exists(selectOne().from(other.table())
				.where(other.meetingId().eq(side.meetingId()))
				.and(other.countryCode().eq(this.countries.get(1).code())));
		}

		@Override
		public boolean guarantees(Criterion criterion) {
			for (int i = 0; i < Math.min(2, this.countries.size()); i++) {
				if (this.countries.get(i) == criterion) {
					return true;
				}
			}
			return false;
		}

	}

}
