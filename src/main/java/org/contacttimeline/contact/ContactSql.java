package org.contacttimeline.contact;

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

import org.contacttimeline.contact.Tables.Delegations;
import org.contacttimeline.contact.Tables.Kinds;
import org.contacttimeline.contact.Tables.Meetings;
import org.contacttimeline.contact.Tables.Officials;
import org.contacttimeline.contact.Tables.Participants;
import org.contacttimeline.contact.Tables.Sides;
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

/**
 * The SQL of every contact list, composed from a {@link ContactFilter}: one statement for a page of meetings,
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

		List<Criterion> all() {
			List<Criterion> all = new ArrayList<>(this.countries);
			all.addAll(this.others);
			return all;
		}

		<C extends Criterion> C first(Class<C> type) {
			return this.others.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
		}

		/**
		 * What reads a page first, if anything: an official's participations (an official has a few hundred
		 * meetings at most), else, over a period and with nothing more selective asked (a delegation's few meetings,
		 * words), the first country's sides.
		 */
		Driver driver() {
			Criterion.Official official = first(Criterion.Official.class);
			if (official != null) {
				return new Driver.Participations(official);
			}
			// with the contacts changed since an instant, the planner weighs the index of change times (a recent
			// instant) against the facets (an old one), rather than being fenced into reading the sides first
			if (!this.countries.isEmpty() && this.period.bounded() && first(Criterion.Delegation.class) == null
					&& first(Criterion.Text.class) == null && first(Criterion.UpdatedSince.class) == null) {
				return new Driver.CountrySides(this.countries);
			}
			return null;
		}

		/** Every criterion on a meeting but what the driver guarantees: the facets in one test, the others each. */
		Condition onMeeting(Meetings m, Driver driver) {
			List<Condition> conditions = new ArrayList<>();
			List<String> facets = new ArrayList<>();
			for (Criterion criterion : all()) {
				if (driver != null && driver.guarantees(criterion)) {
					continue;
				}
				if (criterion.facet() != null) {
					facets.add(criterion.facet());
				}
				else {
					conditions.add(criterion.onMeeting(m));
				}
			}
			conditions.add(0, Criterion.hasFacets(m.facets(), facets.toArray(String[]::new)));
			return and(conditions);
		}

		Condition onDelegation(Delegations d) {
			return onDelegation(d, this.period.overlaps(d.startDate(), d.endDate()));
		}

		/** Every criterion on a delegation visit, with a condition on its dates instead of the overlap. */
		Condition onDelegation(Delegations d, Condition dates) {
			List<Condition> conditions = new ArrayList<>();
			conditions.add(dates);
			all().forEach((c) -> conditions.add(c.onDelegation(d)));
			return and(conditions);
		}

	}

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
			return (cursor != null) ? condition.and(startDate.ge(cursorDate(cursor))) : condition;
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

	/** A page (and one row more) of the meetings a filter selects. */
	static Select<Record> meetings(ContactFilter filter) {
		Param<Integer> limit = param("limit", Page.fetchSize(filter.limit()));
		return merge(meetingBranches(Plan.of(filter), filter.cursor(), false, limit, List.of()), limit);
	}

	/**
	 * A page (and one row more) of the meetings a filter selects as summaries, with {@code extra} columns (say, the
	 * role of the official whose meetings they are).
	 */
	static Select<Record> meetingSummaries(ContactFilter filter, List<SelectField<?>> extra) {
		Param<Integer> limit = param("limit", Page.fetchSize(filter.limit()));
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
		return visits(d, Plan.of(filter).onDelegation(d).and(after(d, filter.cursor(), false)))
			.orderBy(d.startDate().asc().nullsLast(), d.slug().asc())
			.limit(param("limit", Page.fetchSize(filter.limit())));
	}

	/**
	 * A page (and one row more) of meetings and delegation visits together. Every branch reads from the cursor's own
	 * date and slug on (a delegation and a meeting may share both; the type decides), a row more than a page each;
	 * the union is then cut at the exact keyset.
	 */
	static Select<Record> timeline(ContactFilter filter) {
		Plan plan = Plan.of(filter);
		Cursor cursor = filter.cursor();
		Param<Integer> branchLimit = param("branchLimit", Page.fetchSize(filter.limit()) + 1);
		List<Select<Record>> branches = meetingBranches(plan, cursor, true, branchLimit, List.of());
		Delegations d = Delegations.as("d");
		branches.add(visits(d, plan.onDelegation(d).and(after(d, cursor, true)))
			.orderBy(d.startDate().asc().nullsLast(), d.slug().asc())
			.limit(branchLimit));
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
			.limit(param("limit", Page.fetchSize(filter.limit())));
	}

	/**
	 * The ids of the meetings a filter selects, in no order and uncut: the branches of a page (read from the index
	 * each suggests) without the page. With {@code stillRunningOnly}, only the meetings that started before the
	 * period and still run on its first day.
	 */
	static Select<Record1<Long>> meetingIds(ContactFilter filter, boolean stillRunningOnly) {
		Plan plan = Plan.of(filter);
		Meetings m = Meetings.as("m");
		List<Select<Record1<Long>>> branches = new ArrayList<>();
		if (plan.period().hasStillRunning()) {
			branches.add(select(m.id()).from(stillRunning(m, plan.period())).where(plan.onMeeting(m, null)));
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
				branches.add(driverSuffices ? select(driven(rows)).from(rows)
						: select(m.id()).from(m.table().join(rows).on(driven(rows).eq(m.id()))).where(plan.onMeeting(m, driver)));
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
	static Select<Record1<Long>> delegationIds(ContactFilter filter, boolean stillRunningOnly) {
		Plan plan = Plan.of(filter);
		Delegations d = Delegations.as("d");
		Condition dates = stillRunningOnly ? plan.period().stillRunning(d.startDate(), d.endDate())
				: plan.period().overlaps(d.startDate(), d.endDate());
		return select(d.id()).from(d.table()).where(plan.onDelegation(d, dates));
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
		return select(columns).from(from)
			.join(k.table()).on(k.code().eq(m.kindCode()))
			.leftJoin(dl.table()).on(dl.id().eq(m.delegationId()));
	}

	private static SelectConditionStep<Record> visits(Delegations d, Condition condition) {
		Officials h = Officials.as("h");
		return select(ContactColumns.delegation(d, h)).from(d.table())
			.leftJoin(h.table()).on(h.id().eq(d.headOfficialId()))
			.where(condition);
	}

	/** The delegation visits after the cursor (from it on, when {@code inclusive}); undated ones come last. */
	private static Condition after(Delegations d, Cursor cursor, boolean inclusive) {
		if (cursor == null) {
			return noCondition();
		}
		if (cursor.startDate() == null) {
			return d.startDate().isNull().and(inclusive ? d.slug().ge(cursorSlug(cursor)) : d.slug().gt(cursorSlug(cursor)));
		}
		var position = row(cursorDate(cursor), cursorSlug(cursor));
		return (inclusive ? row(d.startDate(), d.slug()).ge(position) : row(d.startDate(), d.slug()).gt(position))
			.or(d.startDate().isNull());
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
					: plan.onMeeting(m, null).and(m.startDate().isNull()).and(inclusive ? m.slug().ge(slug) : m.slug().gt(slug));
			branches.add(meetingRows(m, m.table(), extra).where(undated).orderBy(order).limit(limit));
			return branches;
		}
		Condition after = noCondition();
		if (cursor != null) {
			var position = row(cursorDate(cursor), cursorSlug(cursor));
			after = inclusive ? row(m.startDate(), m.slug()).ge(position) : row(m.startDate(), m.slug()).gt(position);
		}
		Driver driver = plan.driver();
		if (driver != null) {
			Table<?> rows = driver.dated(plan.period(), cursor);
			Table<?> from = m.table().join(rows).on(driven(rows).eq(m.id())
				.and(rows.field("start_date", SQLDataType.LOCALDATE).eq(m.startDate())));
			branches.add(meetingRows(m, from, extra).where(plan.onMeeting(m, driver)).and(after).orderBy(order).limit(limit));
		}
		else {
			branches.add(meetingRows(m, m.table(), extra)
				.where(plan.onMeeting(m, null))
				.and(plan.period().startsWithin(m.startDate()))
				.and(after)
				.orderBy(order)
				.limit(limit));
		}
		if (plan.period().hasStillRunning()) {
			Condition running = plan.onMeeting(m, null).and(after);
			branches.add(meetingRows(m, m.table(), extra).where(cutToAPage(m, stillRunning(m, plan.period()), running, limit)));
		}
		if (!plan.period().bounded() && driver != null) {
			Table<?> rows = driver.undated();
			branches.add(meetingRows(m, m.table().join(rows).on(driven(rows).eq(m.id())), extra)
				.where(plan.onMeeting(m, driver))
				.and(m.startDate().isNull())
				.orderBy(order)
				.limit(limit));
		}
		else if (!plan.period().bounded() && cursor != null) {
			branches.add(meetingRows(m, m.table(), extra)
				.where(plan.onMeeting(m, null))
				.and(m.startDate().isNull())
				.orderBy(order)
				.limit(limit));
		}
		return branches;
	}

	private static Field<Long> driven(Table<?> rows) {
		return Objects.requireNonNull(rows.field("meeting_id", SQLDataType.BIGINT));
	}

	/**
	 * The meetings that started before a period and still run on its first day, under the meetings' own alias: read
	 * from the SP-GiST index of dated periods alone (a thousand or so on any day), and fenced by {@code offset 0}
	 * before the filter's other conditions apply to them. Unfenced, the planner ANDs that index's bitmap with the
	 * facets index's, and a common country's bitmap (110,000 meetings for RU at a million) cost 70 ms where
	 * testing a thousand rows costs 2 (benchmark findings).
	 */
	private static Table<?> stillRunning(Meetings m, Period period) {
		return select(asterisk()).from(m.table())
			.where(period.stillRunning(m.startDate(), m.endDate()))
			.offset(inline(0))
			.asTable(m.table().getName());
	}

	/**
	 * The first {@code limit} meetings, in timeline order, of those a condition selects from some rows of meetings,
	 * for a condition that is not to be read in index order: only the candidates' dates and slugs are sorted (the
	 * fence {@code offset 0} keeps the planner from walking the start-date index from 1950 instead), and only the
	 * first ones are read in full.
	 */
	private static Condition cutToAPage(Meetings m, Table<?> rows, Condition condition, Param<Integer> limit) {
		Table<?> candidates = select(m.id(), m.startDate(), m.slug()).from(rows)
			.where(condition)
			.offset(inline(0))
			.asTable("o");
		return m.id().in(select(candidates.field(m.id()))
			.from(candidates)
			.orderBy(candidates.field(m.startDate()), candidates.field(m.slug()))
			.limit(limit));
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
