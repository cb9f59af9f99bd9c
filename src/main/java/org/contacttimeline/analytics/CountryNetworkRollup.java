package org.contacttimeline.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;

import org.contacttimeline.analytics.AnalyticsList.ContactType;
import org.contacttimeline.analytics.AnalyticsList.Split;
import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactSelection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.resultQuery;
import static org.jooq.impl.DSL.select;

/**
 * The country network from the rollup {@code contact_count} (V30), in one statement whatever the number of meetings:
 * its {@code side} rows count each country's meetings, its {@code pair} rows each pair's, and its {@code total} rows
 * the meetings. It answers the filters the rollup is keyed by (status, kind, dates in whole months: see
 * {@link StatsQuery#answersFromRollup}); the meetings that started before such a period and still run on its first
 * day are added from the engine (a few, found by the period index). The rollup counts by month, so an edge's first
 * and last are the first days of the months of its first and last meetings. The same counts bound any network's size
 * from below, so that one too large for the engine is refused before it is read.
 */
@Component
@Transactional(readOnly = true, transactionManager = "transactionManager")
class CountryNetworkRollup {

	private static final String SQL = """
			with running as materialized (select ids.id from ({0}) as ids (id)),
			sides as (
			    select s.meeting_id, s.country_code, date_trunc('month', s.start_date)::date as month
			    from meeting_country s where s.meeting_id in (select id from running)
			),
			nodes as (
			    select id, sum(contacts) as contacts from (
			        select cc.country as id, cc.contacts from contact_count cc
			        where cc.grain = 'side' and cc.country2 = '' and cc.type = 'meeting' and {1}
			        union all
			        select country_code, 1 from sides
			    ) n group by id
			),
			edges as (
			    select a, b, sum(contacts) as contacts, min(first) as first, max(last) as last from (
			        select cc.country as a, cc.country2 as b, cc.contacts, cc.bucket as first, cc.bucket as last
			        from contact_count cc where cc.grain = 'pair' and cc.type = 'meeting' and {1}
			        union all
			        select a.country_code, b.country_code, 1, a.month, a.month
			        from sides a join sides b on b.meeting_id = a.meeting_id and a.country_code < b.country_code
			    ) e group by a, b
			)
			select 'contacts' as row, null::text as a, null::text as b,
			       (select coalesce(sum(cc.contacts), 0) from contact_count cc
			        where cc.grain = 'total' and cc.country = '' and cc.country2 = '' and cc.type = 'meeting' and {1})
			       + (select count(*) from running) as contacts,
			       null::date as first, null::date as last, null::text as label
			union all
			select 'node', n.id, null, n.contacts, null, null, k.name from nodes n join country k on k.code = n.id
			union all
			select 'edge', e.a, e.b, e.contacts, e.first, e.last, null from edges e
			""";

	private final DSLContext db;

	CountryNetworkRollup(DSLContext db) {
		this.db = db;
	}

	/** Whether the rollup answers the filter. */
	static boolean answers(ContactFilter filter) {
		return StatsQuery.answersFromRollup(filter, Split.PAIR);
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
		if (!StatsQuery.answersFromRollup(months, null)) {
			return -1;
		}
		return this.db.fetch(StatsQuery.rollup(months, ContactType.MEETING, null)).stream().mapToLong((r) -> r.value5()).sum();
	}

	NetworkQuery.Read read(ContactFilter filter) {
		long contacts = 0;
		List<NetworkQuery.Node> nodes = new ArrayList<>();
		List<NetworkQuery.Edge> edges = new ArrayList<>();
		org.jooq.Select<?> running = (filter.from() != null) ? ContactSelection.meetingsStillRunning(filter)
				: select(org.jooq.impl.DSL.inline(0L)).where(falseCondition());
		for (Record r : this.db.fetch(resultQuery(SQL, running, StatsQuery.rollupRows(filter)))) {
			String row = r.get(0, String.class);
			long count = r.get(3, Long.class);
			switch (row) {
				case "contacts" -> contacts = count;
				case "node" -> nodes.add(new NetworkQuery.Node(r.get(1, String.class), r.get(6, String.class),
						r.get(1, String.class), count));
				default -> edges.add(new NetworkQuery.Edge(r.get(1, String.class), r.get(2, String.class), count,
						r.get(4, LocalDate.class), r.get(5, LocalDate.class)));
			}
		}
		return new NetworkQuery.Read(contacts, nodes.size(), edges.size(), nodes, edges);
	}

}
