package org.contacttimeline.contact.internal;

import org.contacttimeline.web.Page;
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
 * The SQL of a page of contacts, composed from a {@link ContactFilter}: one statement for a page of meetings,
 * delegation visits or both, in timeline order (start date, undated last, slug, then type), from where the cursor
 * points.
 * <p>
 * The filters are a {@link Period} and {@link Criterion}s, each written once. What this class adds are the shapes
 * that let PostgreSQL read a page from an index and stop, however many contacts match:
 * <ul>
 * <li><b>branches</b>: meetings starting in the period are read in timeline order and cut at a page; those that
 * started earlier and still run are found by the period index and cut to a page of their own ({@link #cutToAPage});
 * undated meetings, which come last, are a branch of their own; one statement merges them;</li>
 * <li><b>a driver</b>, when one filter names few meetings in an index of its own ordered by date: an official's
 * participations (V11), or a country's sides in a period (V7); its rows are read first, in date order from where the
 * cursor points, and only then their meetings ({@link Driver}); the derived table is fenced by {@code offset 0} so
 * that the planner keeps that order of work;</li>
 * <li>otherwise the meeting's own indexes, which the planner chooses between by the values asked (reads run with
 * custom plans, see application.properties): the timeline order with the facets beside it (a common combination of
 * countries, host, status and kind is walked in the index alone), the GIN index of facets (a rare one), the search
 * documents (words), the period index.</li>
 * </ul>
 */
public final class PageSql {

	private PageSql() {
	}

	/** A page (and one row more) of the meetings a filter selects. */
	public static Select<Record> meetings(ContactFilter filter) {
		Param<Integer> limit = param("limit", Page.fetchSize(filter.limit()));
		return merge(meetingBranches(Plan.of(filter), filter.cursor(), false, limit, List.of()), limit);
	}

	/**
	 * A page (and one row more) of the meetings a filter selects as summaries, with {@code extra} columns (say, the
	 * role of the official whose meetings they are).
	 */
	public static Select<Record> meetingSummaries(ContactFilter filter, List<SelectField<?>> extra) {
		Param<Integer> limit = param("limit", Page.fetchSize(filter.limit()));
		return merge(meetingBranches(Plan.of(filter), filter.cursor(), false, limit, extra), limit);
	}

	/** The role of the official {@code slug} in the meeting {@code m}, as a column {@code role}. */
	public static SelectField<String> roleOf(Meetings m, String slug) {
		Participants p = Participants.as("rp");
		Officials o = Officials.as("ro");
		return field(select(p.role()).from(p.table())
			.join(o.table()).on(o.id().eq(p.officialId()))
			.where(p.meetingId().eq(m.id()))
			.and(o.slug().eq(param("roleOf", slug)))).as("role");
	}

	/** A page (and one row more) of the delegation visits a filter selects. */
	public static Select<Record> delegations(ContactFilter filter) {
		Delegations d = Delegations.as("d");
		return Rows.visits(d, Plan.of(filter).onDelegation(d).and(after(d, filter.cursor(), false)))
			.orderBy(d.startDate().asc().nullsLast(), d.slug().asc())
			.limit(param("limit", Page.fetchSize(filter.limit())));
	}

	/**
	 * A page (and one row more) of meetings and delegation visits together. Every branch reads from the cursor's own
	 * date and slug on (a delegation and a meeting may share both; the type decides), a row more than a page each;
	 * the union is then cut at the exact keyset.
	 */
	public static Select<Record> timeline(ContactFilter filter) {
		Plan plan = Plan.of(filter);
		Cursor cursor = filter.cursor();
		Param<Integer> branchLimit = param("branchLimit", Page.fetchSize(filter.limit()) + 1);
		List<Select<Record>> branches = meetingBranches(plan, cursor, true, branchLimit, List.of());
		Delegations d = Delegations.as("d");
		branches.add(Rows.visits(d, plan.onDelegation(d).and(after(d, cursor, true)))
			.orderBy(d.startDate().asc().nullsLast(), d.slug().asc())
			.limit(branchLimit));
		Table<?> e = Rows.union(branches).asTable("e");
		Field<LocalDate> start = e.field(ContactColumns.START_DATE);
		Field<String> slug = e.field(ContactColumns.SLUG);
		Field<String> type = e.field(ContactColumns.TYPE);
		Condition after = noCondition();
		if (cursor != null) {
			Param<String> cursorType = param("cursorType", cursor.type());
			after = (cursor.startDate() == null)
					? start.isNull().and(row(slug, type).gt(row(Rows.cursorSlug(cursor), cursorType)))
					: row(start, slug, type).gt(row(Rows.cursorDate(cursor), Rows.cursorSlug(cursor), cursorType)).or(start.isNull());
		}
		return select(e.fields()).from(e)
			.where(after)
			.orderBy(start.asc().nullsLast(), slug.asc(), type.asc())
			.limit(param("limit", Page.fetchSize(filter.limit())));
	}

	/**
	 * The {@code limit} contacts a filter selects that changed last, the latest change first (with when it was): each
	 * side read backwards from its index on (updated_at, id) and stopped at a page, unless the planner finds the
	 * filter's own index cheaper, then merged.
	 */
	public static Select<Record> recentlyChanged(ContactFilter filter) {
		Plan plan = Plan.of(filter);
		Param<Integer> limit = param("limit", filter.limit());
		Meetings m = Meetings.as("m");
		Select<Record> meetings = Rows.meetingRows(m, m.table(), List.of(m.updatedAt().as(ContactColumns.UPDATED_AT)))
			.where(plan.onMeeting(m, null))
			.and(plan.period().overlaps(m.startDate(), m.endDate()))
			.orderBy(m.updatedAt().desc(), m.id().desc())
			.limit(limit);
		Delegations d = Delegations.as("d");
		Officials h = Officials.as("h");
		List<SelectField<?>> columns = new ArrayList<>(ContactColumns.delegation(d, h));
		columns.add(d.updatedAt().as(ContactColumns.UPDATED_AT));
		Select<Record> visits = select(columns).from(d.table())
			.leftJoin(h.table()).on(h.id().eq(d.headOfficialId()))
			.where(plan.onDelegation(d))
			.orderBy(d.updatedAt().desc(), d.id().desc())
			.limit(limit);
		Table<?> e = meetings.unionAll(visits).asTable("e");
		return select(e.fields()).from(e)
			.orderBy(e.field(ContactColumns.UPDATED_AT).desc(), e.field(ContactColumns.TYPE).asc(),
					e.field(ContactColumns.ID).desc())
			.limit(limit);
	}

	/** The dated meetings after a dated cursor (from it on, when {@code inclusive}); none asked without a cursor. */
	private static Condition after(Meetings m, Cursor cursor, boolean inclusive) {
		if (cursor == null) {
			return noCondition();
		}
		var position = row(Rows.cursorDate(cursor), Rows.cursorSlug(cursor));
		return inclusive ? row(m.startDate(), m.slug()).ge(position) : row(m.startDate(), m.slug()).gt(position);
	}

	/** The delegation visits after the cursor (from it on, when {@code inclusive}); undated ones come last. */
	static Condition after(Delegations d, Cursor cursor, boolean inclusive) {
		if (cursor == null) {
			return noCondition();
		}
		if (cursor.startDate() == null) {
			return d.startDate().isNull().and(inclusive ? d.slug().ge(Rows.cursorSlug(cursor)) : d.slug().gt(Rows.cursorSlug(cursor)));
		}
		var position = row(Rows.cursorDate(cursor), Rows.cursorSlug(cursor));
		return (inclusive ? row(d.startDate(), d.slug()).ge(position) : row(d.startDate(), d.slug()).gt(position))
			.or(d.startDate().isNull());
	}

	/**
	 * Disjoint selects whose union is the meetings after the cursor (from it on, when {@code inclusive}): one read
	 * in timeline order from the period's start, one cut from the meetings still running, one of the undated.
	 */
	static List<Select<Record>> meetingBranches(Plan plan, Cursor cursor, boolean inclusive,
			Param<Integer> limit, List<SelectField<?>> extra) {
		Meetings m = Meetings.as("m");
		SortField<?>[] order = { m.startDate().asc().nullsLast(), m.slug().asc() };
		List<Select<Record>> branches = new ArrayList<>();
		if (cursor != null && cursor.startDate() == null) {
			// only undated meetings follow an undated one, and a period leaves them all out
			Param<String> slug = Rows.cursorSlug(cursor);
			Condition undated = plan.period().bounded() ? falseCondition()
					: plan.onMeeting(m, null).and(m.startDate().isNull()).and(inclusive ? m.slug().ge(slug) : m.slug().gt(slug));
			branches.add(Rows.meetingRows(m, m.table(), extra).where(undated).orderBy(order).limit(limit));
			return branches;
		}
		Condition after = after(m, cursor, inclusive);
		Driver driver = plan.driver();
		if (driver != null) {
			Table<?> rows = driver.dated(plan.period(), cursor);
			Table<?> from = m.table().join(rows).on(Rows.driven(rows).eq(m.id())
				.and(rows.field("start_date", SQLDataType.LOCALDATE).eq(m.startDate())));
			branches.add(Rows.meetingRows(m, from, extra).where(plan.onMeeting(m, driver)).and(after).orderBy(order).limit(limit));
		}
		else {
			branches.add(Rows.meetingRows(m, m.table(), extra)
				.where(m.id().in(firstIds(plan, cursor, inclusive, limit)))
				.orderBy(order)
				.limit(limit));
		}
		if (plan.period().hasStillRunning()) {
			Condition running = plan.onMeeting(m, null).and(after);
			branches.add(Rows.meetingRows(m, m.table(), extra).where(cutToAPage(m, Rows.stillRunning(m, plan.period()), running, limit)));
		}
		if (!plan.period().bounded() && driver != null) {
			Table<?> rows = driver.undated();
			branches.add(Rows.meetingRows(m, m.table().join(rows).on(Rows.driven(rows).eq(m.id())), extra)
				.where(plan.onMeeting(m, driver))
				.and(m.startDate().isNull())
				.orderBy(order)
				.limit(limit));
		}
		else if (!plan.period().bounded() && cursor != null) {
			branches.add(Rows.meetingRows(m, m.table(), extra)
				.where(plan.onMeeting(m, null))
				.and(m.startDate().isNull())
				.orderBy(order)
				.limit(limit));
		}
		return branches;
	}

	/**
	 * The ids of the first {@code limit} dated meetings after the cursor that start in the plan's period, in timeline
	 * order, read apart from the rest of their rows: when the planner walks the timeline order, the index with the
	 * facets beside it answers the walk alone (an index-only scan), where reading whole rows fetched each row it passed
	 * (11,500 to find a page of a country pair's 8,000 meetings at a million: 25 ms, then 10).
	 */
	private static Select<Record1<Long>> firstIds(Plan plan, Cursor cursor, boolean inclusive, Param<Integer> limit) {
		Meetings m = Meetings.as("mi");
		Condition after = after(m, cursor, inclusive);
		return select(m.id()).from(m.table())
			.where(plan.onMeeting(m, null))
			.and(plan.period().startsWithin(m.startDate()))
			.and(after)
			.orderBy(m.startDate().asc().nullsLast(), m.slug().asc())
			.limit(limit);
	}

	/**
	 * The first {@code limit} meetings, in timeline order, of those a condition selects from some rows of meetings,
	 * for a condition that is not to be read in index order: only the candidates' dates and slugs are sorted (the
	 * fence {@code offset 0} keeps the planner from walking the start-date index from 1950 instead), and only the
	 * first ones are read in full.
	 */
	static Condition cutToAPage(Meetings m, Table<?> rows, Condition condition, Param<Integer> limit) {
		Table<?> candidates = select(m.id(), m.startDate(), m.slug()).from(rows)
			.where(condition)
			.offset(inline(0))
			.asTable("o");
		return m.id().in(select(candidates.field(m.id()))
			.from(candidates)
			.orderBy(candidates.field(m.startDate()), candidates.field(m.slug()))
			.limit(limit));
	}

	static Select<Record> merge(List<Select<Record>> branches, Param<Integer> limit) {
		if (branches.size() == 1) {
			return branches.get(0);
		}
		Table<?> u = Rows.union(branches).asTable("u");
		return select(u.fields()).from(u)
			.orderBy(u.field(ContactColumns.START_DATE).asc().nullsLast(), u.field(ContactColumns.SLUG).asc())
			.limit(limit);
	}

}
