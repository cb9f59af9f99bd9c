package org.contacttimeline.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.contact.Tables.Delegations;
import org.contacttimeline.contact.Tables.Kinds;
import org.contacttimeline.contact.Tables.Meetings;
import org.contacttimeline.contact.Tables.Officials;
import org.contacttimeline.contact.Tables.Participants;
import org.contacttimeline.contact.Tables.Sides;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Keyset;

import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.noCondition;

/**
 * The SQL of every contact list, composed from a {@link ContactFilter}: one statement for a page of meetings,
 * delegation visits or both, in timeline order (start date, undated last, slug, then type), from where the cursor
 * points.
 * <p>
 * The filters are {@link Criterion}s and a {@link Period}, each written once. What this class adds are the shapes
 * that let PostgreSQL read a page from an index and stop, however many contacts match:
 * <ul>
 * <li><b>branches</b>: meetings starting in the period are read in timeline order and cut at a page; those that
 * started earlier and still run are found by the period index and cut to a page of their own
 * ({@link #cutToAPage}); undated meetings, which come last, are a branch of their own; one statement merges them;
 * <li><b>sides first</b>: with countries (and no filter that is more selective by nature: an official, a delegation,
 * text), the first country's sides are read in date order from the index on (country, start date), the second
 * country matched in the same index, and only then their meetings ({@link #sides}); the derived table is fenced by
 * {@code offset 0}, so that even a generic plan reads the sides first.</li>
 * </ul>
 */
final class ContactSql {

	private ContactSql() {
	}

	/** What a filter asks, in the terms of the query: its period and its other criteria. */
	record Plan(Period period, List<Criterion.Country> countries, List<Criterion> others) {

		static Plan of(ContactFilter filter) {
			Period period = Period.of(filter.date(), filter.from(), filter.to());
			List<Criterion.Country> countries = new ArrayList<>();
			for (int i = 0; i < filter.countries().size(); i++) {
				countries.add(Criterion.Country.of(i, filter.countries().get(i)));
			}
			List<Criterion> others = new ArrayList<>();
			if (filter.date() != null && (filter.from() != null || filter.to() != null)) {
				others.add(new Criterion.Overlap(param("from", filter.from()), param("to", filter.to())));
			}
			if (filter.host() != null) {
				others.add(new Criterion.Host(param("host", filter.host())));
			}
			if (filter.official() != null) {
				others.add(new Criterion.Official(param("official", filter.official())));
			}
			if (filter.delegation() != null) {
				others.add(new Criterion.Delegation(param("delegation", filter.delegation())));
			}
			if (filter.status() != null) {
				others.add(new Criterion.Status(filter.status()));
			}
			if (filter.kind() != null) {
				others.add(new Criterion.Kind(param("kind", filter.kind())));
			}
			if (filter.q() != null) {
				others.add(Criterion.Text.of(filter.q()));
			}
			if (filter.updatedSince() != null) {
				others.add(new Criterion.UpdatedSince(filter.updatedSince()));
			}
			return new Plan(period, List.copyOf(countries), List.copyOf(others));
		}

		/**
		 * Whether a page is read from the first country's sides: there are countries, and no criterion that its own
		 * index answers better (an official's or a delegation's few meetings, a text's trigram index).
		 */
		boolean sidesFirst() {
			return !this.countries.isEmpty() && this.others.stream()
				.noneMatch((c) -> c instanceof Criterion.Official || c instanceof Criterion.Delegation
						|| c instanceof Criterion.Text);
		}

		/**
		 * Whether the planner is left to choose where a page starts: with the contacts changed since an instant,
		 * written into the SQL (so each such statement is planned knowing it), it weighs the index of change times
		 * (a recent instant) against the sides (an old one), instead of being fenced into reading the sides first.
		 */
		boolean plannerChooses() {
			return this.others.stream().anyMatch((c) -> c instanceof Criterion.UpdatedSince);
		}

		/** Every criterion on a meeting, the countries the sides already guarantee left out. */
		Condition onMeeting(Meetings m, int guaranteed) {
			List<Condition> conditions = new ArrayList<>();
			this.countries.stream().skip(guaranteed).forEach((c) -> conditions.add(c.onMeeting(m)));
			this.others.forEach((c) -> conditions.add(c.onMeeting(m)));
			return and(conditions);
		}

		Condition onCandidate(Meetings m) {
			List<Condition> conditions = new ArrayList<>();
			this.countries.forEach((c) -> conditions.add(c.onCandidate(m)));
			this.others.forEach((c) -> conditions.add(c.onCandidate(m)));
			return and(conditions);
		}

		Condition onDelegation(Delegations d) {
			List<Condition> conditions = new ArrayList<>();
			conditions.add(this.period.overlaps(d.startDate(), d.endDate()));
			this.countries.forEach((c) -> conditions.add(c.onDelegation(d)));
			this.others.forEach((c) -> conditions.add(c.onDelegation(d)));
			return and(conditions);
		}

	}

	/** A page (and one row more) of the meetings a filter selects. */
	static Select<Record> meetings(ContactFilter filter) {
		Param<Integer> limit = param("limit", Keyset.fetchSize(filter.limit()));
		List<Select<Record>> branches = meetingBranches(Plan.of(filter), filter.cursor(), false, limit, List.of());
		return merge(branches, limit);
	}

	/**
	 * A page (and one row more) of the meetings a filter selects as summaries, with {@code extra} columns (say, the
	 * role of the official whose meetings they are).
	 */
	static Select<Record> meetingSummaries(ContactFilter filter, List<SelectField<?>> extra) {
		Param<Integer> limit = param("limit", Keyset.fetchSize(filter.limit()));
		return merge(meetingBranches(Plan.of(filter), filter.cursor(), false, limit, extra), limit);
	}

	/** The role of the official {@code slug} in the meeting {@code m}, as a column {@code role}. */
	static SelectField<String> roleOf(Meetings m, String slug) {
		Participants p = Participants.as("rp");
		Officials o = Officials.as("ro");
		return field(select(p.role()).from(p.table())
			.join(o.table()).on(o.id().eq(p.officialId()))
			.where(p.meetingId().eq(m.id()))
			.and(o.slug().eq(param("roleOf", slug)))).as("role");
	}

	/** A page (and one row more) of the delegation visits a filter selects. */
	static Select<Record> delegations(ContactFilter filter) {
		Delegations d = Delegations.as("d");
		Cursor cursor = filter.cursor();
		Condition after = noCondition();
		if (cursor != null) {
			after = (cursor.startDate() == null) ? d.startDate().isNull().and(d.slug().gt(cursorSlug(cursor)))
					: row(d.startDate(), d.slug()).gt(row(cursorDate(cursor), cursorSlug(cursor))).or(d.startDate().isNull());
		}
		return visits(d, Plan.of(filter).onDelegation(d).and(after))
			.orderBy(d.startDate().asc().nullsLast(), d.slug().asc())
			.limit(param("limit", Keyset.fetchSize(filter.limit())));
	}

	/**
	 * A page (and one row more) of meetings and delegation visits together. The meeting branches read from the
	 * cursor's own date and slug on (a delegation and a meeting may share both; the type decides), a row more than a
	 * page each; the union is then cut at the exact keyset.
	 */
	static Select<Record> timeline(ContactFilter filter) {
		Plan plan = Plan.of(filter);
		Cursor cursor = filter.cursor();
		List<Select<Record>> branches = meetingBranches(plan, cursor, true,
				param("branchLimit", Keyset.fetchSize(filter.limit()) + 1), List.of());
		Delegations d = Delegations.as("d");
		branches.add(visits(d, plan.onDelegation(d)));
		Table<?> e = union(branches).asTable("e");
		Field<LocalDate> start = e.field(ContactColumns.START_DATE);
		Field<String> slug = e.field(ContactColumns.SLUG);
		Field<String> type = e.field(ContactColumns.TYPE);
		Condition after = noCondition();
		if (cursor != null) {
			Param<String> cursorType = param("cursorType", cursor.type());
			after = (cursor.startDate() == null)
					? start.isNull().and(row(slug, type).gt(row(cursorSlug(cursor), cursorType)))
					: row(start, slug, type).gt(row(cursorDate(cursor), cursorSlug(cursor), cursorType)).or(start.isNull());
		}
		return select(e.fields()).from(e)
			.where(after)
			.orderBy(start.asc().nullsLast(), slug.asc(), type.asc())
			.limit(param("limit", Keyset.fetchSize(filter.limit())));
	}

	/**
	 * The {@code limit} contacts a filter selects that changed last, the latest change first (with when it was): each
	 * side read backwards from its index on (updated_at, id) and stopped at a page, unless the planner finds the
	 * filter's own index cheaper, then merged.
	 */
	static Select<Record> recentlyChanged(ContactFilter filter) {
		Plan plan = Plan.of(filter);
		Param<Integer> limit = param("limit", filter.limit());
		Meetings m = Meetings.as("m");
		Select<Record> meetings = meetingRows(m, m.table(), List.of(m.updatedAt().as(ContactColumns.UPDATED_AT)))
			.where(plan.onMeeting(m, 0))
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

	/** The meeting with a slug. */
	static Select<Record> meeting(String slug) {
		Meetings m = Meetings.as("m");
		return meetingRows(m, m.table(), List.of()).where(m.slug().eq(param("slug", slug)));
	}

	/** The delegation with a slug. */
	static Select<Record> delegation(String slug) {
		Delegations d = Delegations.as("d");
		return visits(d, d.slug().eq(param("slug", slug)));
	}

	private static SelectJoinStep<Record> meetingRows(Meetings m, Table<?> from, List<SelectField<?>> extra) {
		Kinds k = Kinds.as("k");
		Delegations dl = Delegations.as("dl");
		List<SelectField<?>> columns = new ArrayList<>(ContactColumns.meeting(m, k, dl));
		columns.addAll(extra);
		return (SelectJoinStep<Record>) select(columns).from(from)
			.join(k.table()).on(k.code().eq(m.kindCode()))
			.leftJoin(dl.table()).on(dl.id().eq(m.delegationId()));
	}

	private static org.jooq.SelectConditionStep<Record> visits(Delegations d, Condition condition) {
		Officials h = Officials.as("h");
		return select(ContactColumns.delegation(d, h)).from(d.table())
			.leftJoin(h.table()).on(h.id().eq(d.headOfficialId()))
			.where(condition);
	}

	/**
	 * Disjoint selects whose union is the meetings after the cursor (from it on, when {@code inclusive}): one read
	 * in timeline order from the period's start, one cut from the meetings still running, one of the undated.
	 */
	private static List<Select<Record>> meetingBranches(Plan plan, Cursor cursor, boolean inclusive,
			Param<Integer> limit, List<SelectField<?>> extra) {
		Meetings m = Meetings.as("m");
		SortField<?>[] order = { m.startDate().asc().nullsLast(), m.slug().asc() };
		List<Select<Record>> branches = new ArrayList<>();
		if (cursor != null && cursor.startDate() == null) {
			// only undated meetings follow an undated one, and a period leaves them all out
			Param<String> slug = cursorSlug(cursor);
			Condition undated = plan.period().bounded() ? falseCondition()
					: plan.onMeeting(m, 0).and(m.startDate().isNull()).and(inclusive ? m.slug().ge(slug) : m.slug().gt(slug));
			branches.add(meetingRows(m, m.table(), extra).where(undated).orderBy(order).limit(limit));
			return branches;
		}
		Condition after = noCondition();
		if (cursor != null) {
			var position = row(cursorDate(cursor), cursorSlug(cursor));
			after = inclusive ? row(m.startDate(), m.slug()).ge(position) : row(m.startDate(), m.slug()).gt(position);
		}
		boolean sidesFirst = plan.sidesFirst();
		if (sidesFirst) {
			Table<?> sides = sides(plan, cursor);
			Field<Long> sideMeeting = sides.field("meeting_id", SQLDataType.BIGINT);
			Field<LocalDate> sideStart = sides.field("start_date", SQLDataType.LOCALDATE);
			Table<?> from = m.table().join(sides).on(sideMeeting.eq(m.id()).and(sideStart.eq(m.startDate())));
			branches.add(meetingRows(m, from, extra)
				.where(plan.onMeeting(m, Math.min(2, plan.countries().size())))
				.and(after)
				.orderBy(order)
				.limit(limit));
		}
		else {
			branches.add(meetingRows(m, m.table(), extra)
				.where(plan.onMeeting(m, 0))
				.and(plan.period().startsWithin(m.startDate()))
				.and(after)
				.orderBy(order)
				.limit(limit));
		}
		if (plan.period().hasStillRunning()) {
			Condition running = plan.onCandidate(m).and(plan.period().stillRunning(m.startDate(), m.endDate())).and(after);
			branches.add(meetingRows(m, m.table(), extra).where(cutToAPage(m, running, limit)));
		}
		if (!plan.period().bounded() && sidesFirst) {
			Table<?> sides = undatedSides(plan);
			Table<?> from = m.table().join(sides).on(sides.field("meeting_id", SQLDataType.BIGINT).eq(m.id()));
			branches.add(meetingRows(m, from, extra)
				.where(plan.onMeeting(m, Math.min(2, plan.countries().size())))
				.and(m.startDate().isNull())
				.orderBy(order)
				.limit(limit));
		}
		else if (!plan.period().bounded() && cursor != null) {
			branches.add(meetingRows(m, m.table(), extra)
				.where(plan.onMeeting(m, 0))
				.and(m.startDate().isNull())
				.orderBy(order)
				.limit(limit));
		}
		return branches;
	}

	/**
	 * The first {@code limit} meetings, in timeline order, of those a condition selects, for a condition that is
	 * not to be read in index order: the candidates come from the index the condition suggests (the fence
	 * {@code offset 0} keeps the planner from walking the start-date index from 1950 instead), only their dates and
	 * slugs are sorted, and only the first ones are read in full.
	 */
	private static Condition cutToAPage(Meetings m, Condition condition, Param<Integer> limit) {
		Table<?> candidates = select(m.id(), m.startDate(), m.slug()).from(m.table())
			.where(condition)
			.offset(inline(0))
			.asTable("o");
		return m.id().in(select(candidates.field(m.id()))
			.from(candidates)
			.orderBy(candidates.field(m.startDate()), candidates.field(m.slug()))
			.limit(limit));
	}

	/**
	 * The first country's sides in the period (dated ones only: undated meetings are a branch of their own), with
	 * the second country's matching sides, in date order from where the cursor points.
	 */
	private static Table<?> sides(Plan plan, Cursor cursor) {
		Sides side = Sides.as("side");
		Condition condition = side.countryCode().eq(plan.countries().get(0).code())
			.and(plan.period().bounded() ? plan.period().startsWithin(side.startDate()) : side.startDate().isNotNull());
		if (cursor != null) {
			condition = condition.and(side.startDate().ge(cursorDate(cursor)));
		}
		Table<?> from = side.table();
		if (plan.countries().size() > 1) {
			Sides second = Sides.as("side1");
			from = from.join(second.table())
				.on(second.countryCode().eq(plan.countries().get(1).code()))
				.and(second.startDate().eq(side.startDate()))
				.and(second.meetingId().eq(side.meetingId()));
		}
		var sides = select(side.meetingId(), side.startDate()).from(from).where(condition);
		// unordered and unfenced, the derived table is merged into the statement and the planner may start elsewhere
		return (plan.plannerChooses() ? sides : sides.orderBy(side.startDate()).offset(inline(0))).asTable("side");
	}

	/** The first country's sides of undated meetings, with the second country's. */
	private static Table<?> undatedSides(Plan plan) {
		Sides side = Sides.as("side");
		Table<?> from = side.table();
		if (plan.countries().size() > 1) {
			Sides second = Sides.as("side1");
			from = from.join(second.table())
				.on(second.countryCode().eq(plan.countries().get(1).code()))
				.and(second.startDate().isNull())
				.and(second.meetingId().eq(side.meetingId()));
		}
		return select(side.meetingId()).from(from)
			.where(side.countryCode().eq(plan.countries().get(0).code()))
			.and(side.startDate().isNull())
			.offset(inline(0))
			.asTable("side");
	}

	private static Select<Record> merge(List<Select<Record>> branches, Param<Integer> limit) {
		if (branches.size() == 1) {
			return branches.get(0);
		}
		Table<?> u = union(branches).asTable("u");
		return select(u.fields()).from(u)
			.orderBy(u.field(ContactColumns.START_DATE).asc().nullsLast(), u.field(ContactColumns.SLUG).asc())
			.limit(limit);
	}

	private static Select<Record> union(List<Select<Record>> branches) {
		Select<Record> union = branches.get(0);
		for (Select<Record> branch : branches.subList(1, branches.size())) {
			union = union.unionAll(branch);
		}
		return union;
	}

	private static Param<LocalDate> cursorDate(Cursor cursor) {
		return param("cursorDate", cursor.startDate());
	}

	private static Param<String> cursorSlug(Cursor cursor) {
		return param("cursorSlug", cursor.slug());
	}

}
