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
 * The contacts a filter selects as sets of ids, in no order and uncut: the branches of a page (read from the index
 * each suggests) without the page, for queries that count or connect them.
 */
public final class SelectionSql {

	private SelectionSql() {
	}

	/**
	 * The ids of the meetings a filter selects, in no order and uncut: the branches of a page (read from the index
	 * each suggests) without the page. With {@code stillRunningOnly}, only the meetings that started before the
	 * period and still run on its first day.
	 */
	public static Select<Record1<Long>> meetingIds(ContactFilter filter, boolean stillRunningOnly) {
		Plan plan = Plan.of(filter);
		Meetings m = Meetings.as("m");
		List<Select<Record1<Long>>> branches = new ArrayList<>();
		if (plan.period().hasStillRunning()) {
			branches.add(select(m.id()).from(Rows.stillRunning(m, plan.period())).where(plan.onMeeting(m, null)));
		}
		Driver driver = plan.driver();
		if (!stillRunningOnly && driver != null) {
			// the driver's rows alone answer when nothing else is asked of the meeting
			boolean driverSuffices = plan.all().stream().allMatch(driver::guarantees);
			List<Table<?>> driven = new ArrayList<>(List.of(driver.dated(plan.period(), null)));
			if (!plan.period().bounded()) {
				driven.add(driver.undated());
			}
			for (Table<?> rows : driven) {
				branches.add(driverSuffices ? select(Rows.driven(rows)).from(rows)
						: select(m.id()).from(m.table().join(rows).on(Rows.driven(rows).eq(m.id()))).where(plan.onMeeting(m, driver)));
			}
		}
		else if (!stillRunningOnly) {
			branches.add(select(m.id()).from(m.table())
				.where(plan.onMeeting(m, null))
				.and(plan.period().startsWithin(m.startDate())));
		}
		if (branches.isEmpty()) {
			return select(m.id()).from(m.table()).where(falseCondition());
		}
		Select<Record1<Long>> union = branches.get(0);
		for (Select<Record1<Long>> branch : branches.subList(1, branches.size())) {
			union = union.unionAll(branch);
		}
		return union;
	}

	/** The ids of the delegation visits a filter selects; with {@code stillRunningOnly}, as {@link #meetingIds}. */
	public static Select<Record1<Long>> delegationIds(ContactFilter filter, boolean stillRunningOnly) {
		Plan plan = Plan.of(filter);
		Delegations d = Delegations.as("d");
		Condition dates = stillRunningOnly ? plan.period().stillRunning(d.startDate(), d.endDate())
				: plan.period().overlaps(d.startDate(), d.endDate());
		return select(d.id()).from(d.table()).where(plan.onDelegation(d, dates));
	}

}
