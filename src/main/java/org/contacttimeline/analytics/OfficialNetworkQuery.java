package org.contacttimeline.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;

import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactSelection;
import org.contacttimeline.web.Deadline;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.resultQuery;

/**
 * The officials' network of the meetings a filter selects, summarised in one statement: every official's degree and
 * weighted degree are counted over the whole network, and only the {@code top} most connected (by weighted degree,
 * then meetings, then slug) are read, with the edges among them and the number left out. So a network of
 * thousands of officials answers with the few that matter instead of a refusal, and the answer stays small. The
 * meetings read are capped ({@link NetworkQuery#MAX_CONTACTS}): a wider filter is measured, not read.
 * <p>
 * Two participants of one meeting are joined, and so are a delegation's members and the host country's officials
 * among the participants of the delegation's meetings; unnamed parties join nobody. An edge is weighted by the
 * number of meetings, with the day the first of them started and the day the last of them started.
 */
@Component
@Transactional(readOnly = true, transactionManager = "transactionManager")
class OfficialNetworkQuery {

	/** The officials shown when {@code top} is not given. */
	static final int DEFAULT_TOP = 200;

	/** The most officials shown: more is a hairball, not a picture. */
	static final int MAX_TOP = 500;

	private static final String SQL = """
			with c as materialized (select ids.id from ({0}) as ids (id) limit {1}),
			-- a delegation's member who is also a participant is counted once, as a participant: union all, not union
			delegates as (
			    select m.id as meeting_id, dm.official_id, d.host_country, m.start_date
			    from c join meeting m on m.id = c.id
			    join delegation d on d.id = m.delegation_id
			    join delegation_member dm on dm.delegation_id = d.id
			    where not exists (select 1 from meeting_participant x where x.meeting_id = m.id and x.official_id = dm.official_id)
			),
			people as (
			    select p.meeting_id, p.official_id from meeting_participant p where p.meeting_id in (select id from c)
			    union all
			    select meeting_id, official_id from delegates
			),
			pairs as (
			    -- a participation carries its meeting's start date (V11): no meeting is read
			    select a.official_id as a, b.official_id as b, a.start_date
			    from meeting_participant a
			    join meeting_participant b on b.meeting_id = a.meeting_id and a.official_id < b.official_id
			    where a.meeting_id in (select id from c)
			    union all
			    select least(dm.official_id, p.official_id), greatest(dm.official_id, p.official_id), dm.start_date
			    from delegates dm
			    join meeting_participant p on p.meeting_id = dm.meeting_id
			    join official h on h.id = p.official_id and h.country_code = dm.host_country
			),
			edges as materialized (
			    select a, b, count(*) as contacts, min(start_date) as first, max(start_date) as last
			    from pairs group by a, b
			),
			degrees as (
			    select id, count(*) as degree, sum(contacts) as weighted
			    from (select a as id, contacts from edges union all select b, contacts from edges) e group by id
			),
			nodes as materialized (
			    select n.id, n.contacts, coalesce(d.degree, 0) as degree, coalesce(d.weighted, 0) as weighted
			    from (select official_id as id, count(*) as contacts from people group by official_id) n
			    left join degrees d on d.id = n.id
			),
			shown as materialized (
			    select n.*, o.slug, o.name, o.country_code from nodes n join official o on o.id = n.id
			    order by n.weighted desc, n.contacts desc, o.slug limit {2}
			),
			fits as (select (select count(*) from c) < {1} as fits)
			select 'contacts' as row, null::text as a, null::text as b, (select count(*) from c) as contacts,
			       null::date as first, null::date as last, null::text as label, null::text as country,
			       null::bigint as degree, null::bigint as weighted
			union all select 'nodes', null, null, (select count(*) from nodes), null, null, null, null, null, null
			union all
			select 'node', s.slug, null, s.contacts, null, null, s.name, s.country_code, s.degree, s.weighted from shown s
			where (select fits from fits)
			union all
			select 'edge', sa.slug, sb.slug, e.contacts, e.first, e.last, null, null, null, null
			from edges e join shown sa on sa.id = e.a join shown sb on sb.id = e.b where (select fits from fits)
			""";

	private final DSLContext db;

	OfficialNetworkQuery(DSLContext db) {
		this.db = db;
	}

	/**
	 * What was read: the meetings and the officials of the whole network always; the shown officials, their degrees in
	 * the whole network and the edges among them only when the meetings are within {@link NetworkQuery#MAX_CONTACTS}.
	 */
	record Summary(long contacts, long nodeCount, NetworkQuery.Read shown, Map<String, Network.Degrees> degrees) {

		boolean fits() {
			return this.contacts <= NetworkQuery.MAX_CONTACTS;
		}

		long omitted() {
			return this.nodeCount - this.shown.nodes().size();
		}

	}

	Summary read(ContactFilter filter, int top, Deadline deadline) {
		long contacts = 0;
		long nodeCount = 0;
		List<NetworkQuery.Node> nodes = new ArrayList<>();
		List<NetworkQuery.Edge> edges = new ArrayList<>();
		Map<String, Network.Degrees> degrees = new HashMap<>();
		for (Record r : this.db.fetch(resultQuery(SQL, ContactSelection.meetings(filter),
				inline(NetworkQuery.MAX_CONTACTS + 1), inline(top)))) {
			deadline.check();
			String row = r.get(0, String.class);
			long count = r.get(3, Long.class);
			switch (row) {
				case "contacts" -> contacts = count;
				case "nodes" -> nodeCount = count;
				case "node" -> {
					nodes.add(new NetworkQuery.Node(r.get(1, String.class), r.get(6, String.class), r.get(7, String.class), count));
					degrees.put(r.get(1, String.class), new Network.Degrees(r.get(8, Integer.class), r.get(9, Long.class)));
				}
				default -> {
					// each edge from the node first in order of id, whatever order the database paired them in
					String a = r.get(1, String.class);
					String b = r.get(2, String.class);
					boolean ordered = a.compareTo(b) < 0;
					edges.add(new NetworkQuery.Edge(ordered ? a : b, ordered ? b : a, count, r.get(4, LocalDate.class),
							r.get(5, LocalDate.class)));
				}
			}
		}
		return new Summary(contacts, nodeCount, new NetworkQuery.Read(contacts, nodes.size(), edges.size(), nodes, edges),
				degrees);
	}

}
