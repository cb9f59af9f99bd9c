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
 * The shapes every contact statement shares: a contact's own columns with their joins, the lookups by slug, the
 * meetings still running on a period's first day, the union of branches, the cursor's values as parameters.
 */
public final class Rows {

	private Rows() {
	}

	/** The meeting with a slug. */
	public static Select<Record> meeting(String slug) {
		Meetings m = Meetings.as("m");
		return meetingRows(m, m.table(), List.of()).where(m.slug().eq(param("slug", slug)));
	}

	/** The delegation with a slug. */
	public static Select<Record> delegation(String slug) {
		Delegations d = Delegations.as("d");
		return visits(d, d.slug().eq(param("slug", slug)));
	}

	static SelectJoinStep<Record> meetingRows(Meetings m, Table<?> from, List<SelectField<?>> extra) {
		Kinds k = Kinds.as("k");
		Delegations dl = Delegations.as("dl");
		List<SelectField<?>> columns = new ArrayList<>(ContactColumns.meeting(m, k, dl));
		columns.addAll(extra);
		return select(columns).from(from)
			.join(k.table()).on(k.code().eq(m.kindCode()))
			.leftJoin(dl.table()).on(dl.id().eq(m.delegationId()));
	}

	static SelectConditionStep<Record> visits(Delegations d, Condition condition) {
		Officials h = Officials.as("h");
		return select(ContactColumns.delegation(d, h)).from(d.table())
			.leftJoin(h.table()).on(h.id().eq(d.headOfficialId()))
			.where(condition);
	}

	static Field<Long> driven(Table<?> rows) {
		return Objects.requireNonNull(rows.field("meeting_id", SQLDataType.BIGINT));
	}

	/**
	 * The meetings that started before a period and still run on its first day, under the meetings' own alias: read
	 * from the SP-GiST index of dated periods alone (a thousand or so on any day), and fenced by {@code offset 0}
	 * before the filter's other conditions apply to them. Unfenced, the planner ANDs that index's bitmap with the
	 * facets index's, and a common country's bitmap (110,000 meetings for RU at a million) cost 70 ms where
	 * testing a thousand rows costs 2 (benchmark findings).
	 */
	static Table<?> stillRunning(Meetings m, Period period) {
		return select(asterisk()).from(m.table())
			.where(period.stillRunning(m.startDate(), m.endDate()))
			.offset(inline(0))
			.asTable(m.table().getName());
	}

	static Select<Record> union(List<Select<Record>> branches) {
		Select<Record> union = branches.get(0);
		for (Select<Record> branch : branches.subList(1, branches.size())) {
			union = union.unionAll(branch);
		}
		return union;
	}

	static Param<LocalDate> cursorDate(Cursor cursor) {
		return param("cursorDate", cursor.startDate());
	}

	static Param<String> cursorSlug(Cursor cursor) {
		return param("cursorSlug", cursor.slug());
	}

}
