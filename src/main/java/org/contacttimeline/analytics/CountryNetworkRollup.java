package org.contacttimeline.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.analytics.AnalyticsList.ContactType;
import org.contacttimeline.analytics.AnalyticsList.Split;
import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactSelection;
import org.contacttimeline.db.Deadline;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sql;

/**
 * The country network from the rollup {@code contact_count} (V30), in one statement whatever the number of meetings:
 * its {@code side} rows count each country's meetings, its {@code pair} rows each pair's, and its {@code total} rows
 * the meetings. It answers the filters the rollup is keyed by (status, kind, dates in whole months: see
 * {@link StatsRollup#answers}); the meetings that started before such a period and still run on its first
 * day are added from the engine (a few, found by the period index). The rollup counts by month, so an edge's first
 * and last are the first days of the months of its first and last meetings. Whole years and all time with no kind or
 * status asked read the sums of those rows by year ({@code contact_count_period}, V83): one row an edge, where a
 * year's months are four rows an edge and all time's sixty. The same counts bound any network's size from below, so
 * that one too large for the engine is refused before it is read.
 */
@Component
@Transactional(readOnly = true, transactionManager = "transactionManager")
class CountryNetworkRollup {

	private static final String SQL = """
			with running as materialized (select ids.id from ({0}) as ids (id)),
			counts as not materialized ({1}),
			sides as (
			    select s.meeting_id, s.country_code, date_trunc('month', s.start_date)::date as month
			    from meeting_country s where s.meeting_id in (select id from running)
			),
			nodes as (
			    select id, sum(contacts)::bigint as contacts from (
			        select cc.country as id, cc.contacts from counts cc where cc.grain = 'side'
			        union all
			        select country_code, 1 from sides
			    ) n group by id
			)
			-- bigint, not the numeric of sum(): the column's type is every edge's type on the wire; a row's kind (0 the
			-- meetings, 1 a node, 2 an edge's part) and its days (since 1970) as numbers, which the reader takes
			-- without parsing text: 31,000 edges for all years
			select 0 as row, null::text as a, null::text as b,
			       ((select coalesce(sum(cc.contacts), 0) from counts cc where cc.grain = 'total')
			       + (select count(*) from running))::bigint as contacts,
			       null::int as first, null::int as last, null::text as label
			union all
			select 1, n.id, null, n.contacts, null, null, k.name from nodes n join country k on k.code = n.id
			union all
			-- the edges' parts as they are, summed by the reader: a group by and a sort in the statement took 60 ms
			-- to sum and order all years' 31,000, and the reader sums them in a few
			select 2, cc.country, cc.country2, cc.contacts, cc.first - date '1970-01-01', cc.last - date '1970-01-01', null
			from counts cc where cc.grain = 'pair'
			union all
			select 2, a.country_code, b.country_code, 1, a.month - date '1970-01-01', a.month - date '1970-01-01', null
			from sides a join sides b on b.meeting_id = a.meeting_id and a.country_code < b.country_code
			""";

	/** The monthly rows of a filter's months, each its own first and last month. */
	private static final String MONTHS = """
			select cc.grain, cc.country, cc.country2, cc.contacts, cc.bucket as first, cc.bucket as last
			from contact_count cc where cc.type = 'meeting' and {0}""";

	/** The rows of whole years or of all time (V83), summed over kinds and statuses. */
	private static final String YEARS = """
			select cc.grain, cc.country, cc.country2, cc.contacts, cc.first, cc.last
			from contact_count_period cc where cc.type = 'meeting' and {0}""";

	private final DSLContext db;

	CountryNetworkRollup(DSLContext db) {
		this.db = db;
	}

	/** Whether the rollup answers the filter. */
	static boolean answers(ContactFilter filter) {
		return StatsRollup.answers(filter, Split.PAIR);
	}

	/**
	 * At least how many meetings the filter selects, from the rollup alone (a few hundred rows at most, whatever the
	 * number of meetings): those that started in the whole months of its period. Those still running into the period
	 * and those of its broken months are left out, so it is a lower bound, by which a network can be refused for its
	 * size before anything is read. {@code -1} when the rollup's keys do not answer the filter.
	 */
	long meetingsAtLeast(ContactFilter filter) {
		// the first day of the first whole month, the last day of the last one
		LocalDate from = (filter.from() == null) ? null
				: YearMonth.from(filter.from().minusDays(1)).plusMonths(1).atDay(1);
		LocalDate to = (filter.to() == null) ? null : YearMonth.from(filter.to().plusDays(1)).atDay(1).minusDays(1);
		if (from != null && to != null && from.isAfter(to)) {
			return 0;
		}
		ContactFilter months = filter.period(from, to);
		if (!StatsRollup.answers(months, null)) {
			return -1;
		}
		return this.db.fetch(StatsRollup.months(months, ContactType.MEETING, null)).stream().mapToLong((r) -> r.value5()).sum();
	}

	/**
	 * The counts the network is summed from: of whole years or all time when the filter asks for no kind and no
	 * status (one row an edge), else of its months.
	 */
	private static QueryPart counts(ContactFilter filter) {
		boolean wholeYears = filter.status() == null && filter.kind() == null
				&& (filter.from() == null || filter.from().getDayOfYear() == 1)
				&& (filter.to() == null || filter.to().equals(filter.to().with(TemporalAdjusters.lastDayOfYear())));
		if (!wholeYears) {
			return sql(MONTHS, StatsRollup.rollupRows(filter));
		}
		Field<Integer> period = field(name("cc", "period"), SQLDataType.INTEGER);
		if (filter.from() == null && filter.to() == null) {
			return sql(YEARS, period.eq(inline(0)));
		}
		int first = (filter.from() != null) ? filter.from().getYear() : 1;
		int last = (filter.to() != null) ? filter.to().getYear() : Integer.MAX_VALUE;
		return sql(YEARS, period.between(param("fromYear", first), param("toYear", last)));
	}

	NetworkQuery.Read read(ContactFilter filter, Deadline deadline) {
		long contacts = 0;
		List<NetworkQuery.Node> nodes = new ArrayList<>();
		List<NetworkQuery.Edge> parts = new ArrayList<>(1 << 15);
		org.jooq.Select<?> running = (filter.from() != null) ? ContactSelection.meetingsStillRunning(filter)
				: select(inline(0L)).where(falseCondition());
		// tens of thousands of rows: read as JDBC gives them (jOOQ's records would take as long as the rest)
		try (ResultSet r = this.db.resultQuery(SQL, running, counts(filter)).fetchResultSet()) {
			for (int row = 0; r.next(); row++) {
				if ((row & 1023) == 0) {
					deadline.check();
				}
				long count = r.getLong(4);
				switch (r.getInt(1)) {
					case 0 -> contacts = count;
					case 1 -> nodes.add(new NetworkQuery.Node(r.getString(2), r.getString(7), r.getString(2), count));
					default -> {
						parts.add(new NetworkQuery.Edge(r.getString(2), r.getString(3), count, day(r.getInt(5), r.wasNull()),
								day(r.getInt(6), r.wasNull())));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new DataAccessException("Reading the country network: " + ex.getMessage(), ex);
		}
		List<NetworkQuery.Edge> edges = summed(parts);
		return new NetworkQuery.Read(contacts, nodes.size(), edges.size(), nodes, edges);
	}

	/**
	 * The parts of each edge summed: put in order of their two nodes, where the parts of one edge stand together.
	 * They come in that order already, but for a few, when the counts are of one period (the index's order): then the
	 * ordering is a pass (a hash map of 31,000 edges spent as long on its keys' collisions).
	 */
	private static List<NetworkQuery.Edge> summed(List<NetworkQuery.Edge> parts) {
		parts.sort(CountryNetworkRollup::byNodes);
		List<NetworkQuery.Edge> edges = new ArrayList<>(parts.size());
		for (NetworkQuery.Edge part : parts) {
			int last = edges.size() - 1;
			if (last >= 0 && byNodes(edges.get(last), part) == 0) {
				edges.set(last, sum(edges.get(last), part));
			}
			else {
				edges.add(part);
			}
		}
		return edges;
	}

	private static int byNodes(NetworkQuery.Edge a, NetworkQuery.Edge b) {
		int order = a.source().compareTo(b.source());
		return (order != 0) ? order : a.target().compareTo(b.target());
	}

	private static LocalDate day(int sinceEpoch, boolean none) {
		return none ? null : LocalDate.ofEpochDay(sinceEpoch);
	}

	/** Two parts of one edge: their meetings summed, from the first of their first days to the last of their last. */
	private static NetworkQuery.Edge sum(NetworkQuery.Edge a, NetworkQuery.Edge b) {
		return new NetworkQuery.Edge(a.source(), a.target(), a.contacts() + b.contacts(), earliest(a.first(), b.first()),
				latest(a.last(), b.last()));
	}

	private static LocalDate earliest(LocalDate a, LocalDate b) {
		return (a == null || (b != null && b.isBefore(a))) ? b : a;
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return (a == null || (b != null && b.isAfter(a))) ? b : a;
	}

}
