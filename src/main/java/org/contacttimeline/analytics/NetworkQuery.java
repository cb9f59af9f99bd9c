package org.contacttimeline.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * The country network of the meetings a filter selects ({@link ContactSelection}) when the rollup cannot answer it
 * ({@link CountryNetworkRollup}; officials: {@link OfficialNetworkQuery}), in one statement that measures it before
 * it is read: the number of meetings (read up to one more than the limit), of nodes and of edges come
 * first, and nodes and edges follow only when all are within the limits. So a filter too wide costs a bounded
 * read and no graph is ever built too large to use.
 * <p>
 * Two sides of one meeting are joined. An edge is weighted by the number of meetings, with the day the first of them
 * started and the day the last of them started.
 */
@Component
@Transactional(readOnly = true, transactionManager = "transactionManager")
class NetworkQuery {

	/** The most meetings a network is drawn from. */
	static final int MAX_CONTACTS = 20_000;

	/** The most nodes a network has: more is a hairball, not a picture. */
	static final int MAX_NODES = 2_000;

	/** The most edges a network has. */
	static final int MAX_EDGES = 20_000;

	/**
	 * The end of both networks' statements, after their {@code c}, {@code nodes} and {@code edges}: the three sizes
	 * first, then the nodes and edges only when the network fits ({@code {1}} contacts, {@code {2}} nodes,
	 * {@code {3}} edges at most).
	 */
	private static final String SIZES = """
			sizes as (select (select count(*) from c) as contacts, (select count(*) from nodes) as nodes,
			                 (select count(*) from edges) as edges),
			fits as (select contacts < {1} and nodes <= {2} and edges <= {3} as fits from sizes)
			select 'contacts' as row, null::text as a, null::text as b, contacts, null::date as first, null::date as last,
			       null::text as label, null::text as country from sizes
			union all select 'nodes', null, null, nodes, null, null, null, null from sizes
			union all select 'edges', null, null, edges, null, null, null, null from sizes
			union all
			""";

	private static final String COUNTRIES = """
			with c as materialized (select ids.id from ({0}) as ids (id) limit {1}),
			sides as (
			    select s.meeting_id, s.country_code, s.start_date
			    from meeting_country s where s.meeting_id in (select id from c)
			),
			nodes as (select country_code as id, count(*) as contacts from sides group by country_code),
			edges as (
			    -- a side carries its meeting's start date (V7): no meeting is read
			    select a.country_code as a, b.country_code as b, count(*) as contacts, min(a.start_date) as first,
			           max(a.start_date) as last
			    from sides a
			    join sides b on b.meeting_id = a.meeting_id and a.country_code < b.country_code
			    group by a.country_code, b.country_code
			),
			""" + SIZES + """
			select 'node', n.id, null, n.contacts, null, null, k.name, n.id
			from nodes n join country k on k.code = n.id where (select fits from fits)
			union all
			select 'edge', e.a, e.b, e.contacts, e.first, e.last, null, null from edges e where (select fits from fits)
			""";

	private final DSLContext db;

	NetworkQuery(DSLContext db) {
		this.db = db;
	}

	/** A node: an official's slug or a country's code, with its name, country and number of meetings. */
	record Node(String id, String label, String country, long contacts) {

		/** The node of a {@code node} row of both networks' statements (columns as in {@code SIZES}). */
		static Node of(Record row) {
			return new Node(row.get(1, String.class), row.get(6, String.class), row.get(7, String.class), count(row));
		}

	}

	/** An edge between two nodes, with its number of meetings and the start of the first and of the last. */
	record Edge(String source, String target, long contacts, LocalDate first, LocalDate last) {

		/** The edge between {@code a} and {@code b} from the node first in order of id, whichever was paired first. */
		static Edge between(String a, String b, long contacts, LocalDate first, LocalDate last) {
			boolean ordered = a.compareTo(b) < 0;
			return new Edge(ordered ? a : b, ordered ? b : a, contacts, first, last);
		}

		/** The edge of an {@code edge} row of both networks' statements (columns as in {@code SIZES}). */
		static Edge of(Record row) {
			return between(row.get(1, String.class), row.get(2, String.class), count(row), row.get(4, LocalDate.class),
					row.get(5, LocalDate.class));
		}

	}

	/** What was read: the sizes always, the nodes and edges only when the sizes are within the limits. */
	record Read(long contacts, long nodeCount, long edgeCount, List<Node> nodes, List<Edge> edges) {

		boolean fits() {
			return this.contacts <= MAX_CONTACTS && this.nodeCount <= MAX_NODES && this.edgeCount <= MAX_EDGES;
		}

	}

	Read read(ContactFilter filter, Deadline deadline) {
		long contacts = 0;
		long nodeCount = 0;
		long edgeCount = 0;
		List<Node> nodes = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		for (Record r : this.db.fetch(resultQuery(COUNTRIES, ContactSelection.meetings(filter), inline(MAX_CONTACTS + 1),
				inline(MAX_NODES), inline(MAX_EDGES)))) {
			deadline.check();
			switch (r.get(0, String.class)) {
				case "contacts" -> contacts = count(r);
				case "nodes" -> nodeCount = count(r);
				case "edges" -> edgeCount = count(r);
				case "node" -> nodes.add(Node.of(r));
				default -> edges.add(Edge.of(r));
			}
		}
		return new Read(contacts, nodeCount, edgeCount, nodes, edges);
	}

	/** The number a row of both networks' statements carries: a size, or a node's or an edge's meetings. */
	static long count(Record row) {
		return row.get(3, Long.class);
	}

}
