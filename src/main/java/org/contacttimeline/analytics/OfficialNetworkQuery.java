package org.contacttimeline.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;

import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactSelection;
import org.contacttimeline.db.Deadline;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.resultQuery;

/**
 * The officials' network of the meetings a filter selects, summarised in one statement: every official's weighted
 * degree is counted over the whole network, and only the {@code top} most connected (by weighted degree, then
 * meetings, then slug) are read, with their degrees in the whole network, the edges among them and the number left
 * out; only the meetings of those shown are paired. So a network of
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

	/*
	 * Each official's weighted degree is the number of (meeting, other official) pairs it has: k - 1 in a meeting of k
	 * participants, plus a delegation's members not among the participants for a participant of the host country,
	 * plus those host participants for such a member. So the top are chosen without pairing anyone, and only the
	 * top's own meetings are paired (for their degrees and the edges among them).
	 */
	private static final String SQL = """
			with c as materialized (select ids.id from ({0}) as ids (id) limit {1}),
			-- sorted, the ids are read from each index in one pass (index-only) instead of one search per meeting
			ids as materialized (select array(select id from c order by id) as ids),
			part as materialized (
			    -- read in the order of the index, so the window needs no sort
			    select p.meeting_id, p.official_id, count(*) over (partition by p.meeting_id) as size
			    from meeting_participant p where p.meeting_id = any ((select ids from ids)::bigint[])
			),
			-- a delegation's member who is also a participant is counted once, as a participant; joined to c (not
			-- to the ids) so that the planner knows how many there are and joins them by hash, not in nested loops
			delegates as materialized (
			    select m.id as meeting_id, dm.official_id, d.host_country
			    from c join meeting m on m.id = c.id and m.delegation_id is not null
			    join delegation d on d.id = m.delegation_id
			    join delegation_member dm on dm.delegation_id = d.id
			    where not exists (select 1 from meeting_participant x where x.meeting_id = m.id and x.official_id = dm.official_id)
			),
			hosts as materialized (
			    select p.meeting_id, p.official_id
			    from (select distinct meeting_id, host_country from delegates) g
			    join meeting_participant p on p.meeting_id = g.meeting_id
			    join official o on o.id = p.official_id and o.country_code = g.host_country
			),
			nodes as materialized (
			    select id, sum(contacts)::bigint as contacts, sum(weight)::bigint as weighted from (
			        select p.official_id as id, 1 as contacts, p.size - 1 as weight from part p
			        union all
			        select h.official_id, 0, s.n from hosts h
			        join (select meeting_id, count(*) as n from delegates group by meeting_id) s on s.meeting_id = h.meeting_id
			        union all
			        select d.official_id, 1, coalesce(s.n, 0) from delegates d
			        left join (select meeting_id, count(*) as n from hosts group by meeting_id) s on s.meeting_id = d.meeting_id
			    ) w group by id
			),
			-- the last of the top by weighted degree and meetings: only those at or above it are looked up by slug
			cut as (select weighted, contacts from nodes order by weighted desc, contacts desc offset {3} limit 1),
			shown as materialized (
			    select n.*, o.slug, o.name, o.country_code from nodes n join official o on o.id = n.id
			    where not exists (select 1 from cut) or (n.weighted, n.contacts) >= (select weighted, contacts from cut)
			    order by n.weighted desc, n.contacts desc, o.slug limit {2}
			),
			-- every pair of a shown official and another, once from the shown one's side
			touching as materialized (
			    select s.official_id as a, p.official_id as b, s.meeting_id
			    from part s join part p on p.meeting_id = s.meeting_id and p.official_id <> s.official_id
			    where s.official_id in (select id from shown)
			    union all
			    select h.official_id, d.official_id, h.meeting_id from hosts h join delegates d on d.meeting_id = h.meeting_id
			    where h.official_id in (select id from shown)
			    union all
			    select d.official_id, h.official_id, d.meeting_id from delegates d join hosts h on h.meeting_id = d.meeting_id
			    where d.official_id in (select id from shown)
			),
			degrees as (select a as id, count(distinct b) as degree from touching group by a),
			edges as (
			    select t.a, t.b, count(*) as contacts, min(m.start_date) as first, max(m.start_date) as last
			    from touching t join meeting m on m.id = t.meeting_id
			    where t.a < t.b and t.b in (select id from shown) group by t.a, t.b
			),
			fits as (select (select count(*) from c) < {1} as fits)
			select 'contacts' as row, null::text as a, null::text as b, (select count(*) from c) as contacts,
			       null::date as first, null::date as last, null::text as label, null::text as country,
			       null::bigint as degree, null::bigint as weighted
			union all select 'nodes', null, null, (select count(*) from nodes), null, null, null, null, null, null
			union all
			select 'node', s.slug, null, s.contacts, null, null, s.name, s.country_code, coalesce(d.degree, 0), s.weighted
			from shown s left join degrees d on d.id = s.id where (select fits from fits)
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
				inline(NetworkQuery.MAX_CONTACTS + 1), inline(top), inline(top - 1)))) {
			deadline.check();
			switch (r.get(0, String.class)) {
				case "contacts" -> contacts = NetworkQuery.count(r);
				case "nodes" -> nodeCount = NetworkQuery.count(r);
				case "node" -> {
					nodes.add(NetworkQuery.Node.of(r));
					degrees.put(r.get(1, String.class), new Network.Degrees(r.get(8, Integer.class), r.get(9, Long.class)));
				}
				default -> edges.add(NetworkQuery.Edge.of(r));
			}
		}
		return new Summary(contacts, nodeCount, new NetworkQuery.Read(contacts, nodes.size(), edges.size(), nodes, edges),
				degrees);
	}

}
