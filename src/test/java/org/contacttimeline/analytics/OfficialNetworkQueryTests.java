package org.contacttimeline.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.contacttimeline.db.Deadline;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactSelection;
import org.contacttimeline.contact.MeetingStatus;
import org.contacttimeline.web.Format;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.resultQuery;

/**
 * The officials' network summary ({@link OfficialNetworkQuery}), which picks the top officials by weighted degree
 * without pairing everyone, against the network built the plain way: every two officials of each meeting paired, the
 * edges counted, each official's degree and weighted degree summed from the edges, the top cut in Java. Over the seed
 * and these meetings of 2032 (RU: Ann, Bob, Cai, Dan; KP: Kim, Lee, Min; CN: Wu):
 *
 * <pre>
 * 2032-01-10  Ann, Bob, Lee          KP's visit to RU (Kim, Lee)   sides RU, KP   held
 * 2032-02-01  Ann, Cai, Wu                                         sides RU, CN   held
 * 2032-03-05  Dan, Min               KP's visit to RU (Kim, Lee)   sides RU, KP   held
 * 2032-03-20  Wu                                                   side CN        held
 * 2032-04-01  Bob, Cai                                             side RU        planned
 * </pre>
 * Kim, a member of the visit but not a participant, is joined to the host's officials of its meetings: Ann and Bob,
 * then Dan; Lee, a participant of the first, is counted there once, as a participant, and joined to Dan in the third.
 */
@ApiTest
@RestoresSeed
class OfficialNetworkQueryTests {

	/** Every pair of officials of each meeting, one row per pair and meeting. */
	private static final String PAIRS = """
			with c as (select ids.id from ({0}) as ids (id)),
			delegates as (
			    select m.id as meeting_id, dm.official_id, d.host_country, m.start_date
			    from meeting m join delegation d on d.id = m.delegation_id
			    join delegation_member dm on dm.delegation_id = d.id
			    where m.id in (select id from c)
			    and not exists (select 1 from meeting_participant x where x.meeting_id = m.id and x.official_id = dm.official_id)
			),
			pairs as (
			    select a.official_id as a, b.official_id as b, m.start_date
			    from meeting_participant a join meeting_participant b on b.meeting_id = a.meeting_id and a.official_id < b.official_id
			    join meeting m on m.id = a.meeting_id
			    where a.meeting_id in (select id from c)
			    union all
			    select d.official_id, p.official_id, d.start_date
			    from delegates d join meeting_participant p on p.meeting_id = d.meeting_id
			    join official h on h.id = p.official_id and h.country_code = d.host_country
			),
			people as (
			    select meeting_id, official_id from meeting_participant where meeting_id in (select id from c)
			    union all
			    select meeting_id, official_id from delegates
			)
			select 'node' as row, o.slug as a, null as b, count(*) as contacts, null::date as first, null::date as last,
			       o.name as label, o.country_code as country
			from people p join official o on o.id = p.official_id group by o.slug, o.name, o.country_code
			union all
			select 'edge', oa.slug, ob.slug, count(*), min(start_date), max(start_date), null, null
			from pairs join official oa on oa.id = pairs.a join official ob on ob.id = pairs.b group by oa.slug, ob.slug
			union all
			select 'contacts', null, null, count(*), null, null, null, null from c
			""";

	@Autowired
	OfficialNetworkQuery officials;

	@Autowired
	DSLContext db;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void writeTheMeetingsOf2032() {
		official("ann", "RU");
		official("bob", "RU");
		official("cai", "RU");
		official("dan", "RU");
		official("kim", "KP");
		official("lee", "KP");
		official("min", "KP");
		official("wu", "CN");
		this.jdbc.sql("insert into delegation (slug, name, sending_country, host_country, start_date, end_date, date_precision) "
				+ "values ('onq-visit', 'KP visits RU', 'KP', 'RU', date '2032-01-09', date '2032-03-06', 'day')").update();
		for (String member : List.of("kim", "lee")) {
			this.jdbc.sql("insert into delegation_member (delegation_id, official_id, role, ordinal) "
					+ "select d.id, o.id, 'Member', 0 from delegation d, official o where d.slug = 'onq-visit' and o.slug = :o")
				.param("o", "onq-" + member).update();
		}
		meeting("onq-1", "2032-01-10", "held", true, List.of("ann", "bob", "lee"), List.of("RU", "KP"));
		meeting("onq-2", "2032-02-01", "held", false, List.of("ann", "cai", "wu"), List.of("RU", "CN"));
		meeting("onq-3", "2032-03-05", "held", true, List.of("dan", "min"), List.of("RU", "KP"));
		meeting("onq-4", "2032-03-20", "held", false, List.of("wu"), List.of("CN"));
		meeting("onq-5", "2032-04-01", "planned", false, List.of("bob", "cai"), List.of("RU"));
	}

	@Test
	void joinsADelegationsMembersToTheHostsOfficialsCountingAMemberWhoTakesPartOnce() {
		OfficialNetworkQuery.Summary summary = this.officials.read(filter("2032-01-01", "2032-12-31", List.of(), null), 200, Deadline.none());

		// Ann and Bob in the first meeting, Dan in the third
		assertThat(summary.degrees().get("onq-kim")).isEqualTo(new Network.Degrees(3, 3));
		// Ann and Bob in the first meeting (not Kim: Lee is no host), Dan in the third
		assertThat(summary.degrees().get("onq-lee")).isEqualTo(new Network.Degrees(3, 3));
		assertThat(summary.degrees().get("onq-ann")).isEqualTo(new Network.Degrees(5, 5));
		assertThat(summary.shown().nodes()).filteredOn((n) -> n.id().equals("onq-lee")).singleElement()
			.extracting(NetworkQuery.Node::contacts).isEqualTo(2L);
		assertThat(summary.shown().edges()).contains(
				new NetworkQuery.Edge("onq-ann", "onq-kim", 1, LocalDate.of(2032, 1, 10), LocalDate.of(2032, 1, 10)),
				new NetworkQuery.Edge("onq-bob", "onq-cai", 1, LocalDate.of(2032, 4, 1), LocalDate.of(2032, 4, 1)));
	}

	@Test
	void showsTheSameTopDegreesAndEdgesAsPairingEveryOfficialForEachFilter() {
		List<ContactFilter> filters = List.of(filter(null, null, List.of(), null),
				filter("2032-01-01", "2032-12-31", List.of(), null), filter("2032-01-01", "2032-12-31", List.of("KP"), null),
				filter("2032-01-01", "2032-12-31", List.of("CN"), null),
				filter("2032-01-01", "2032-12-31", List.of("RU"), MeetingStatus.HELD),
				filter("2032-02-01", "2032-03-31", List.of("RU"), null), filter(null, null, List.of("KP"), null),
				filter("2019-03-01", "2019-03-31", List.of(), null));
		for (ContactFilter filter : filters) {
			for (int top : List.of(1, 2, 3, 5, 200)) {
				OfficialNetworkQuery.Summary summary = this.officials.read(filter, top, Deadline.none());
				Expected expected = pairingEveryone(filter, top);

				String as = filter.from() + ".." + filter.to() + " " + filter.countries() + " " + filter.status() + " top " + top;
				assertThat(summary.contacts()).as(as).isEqualTo(expected.contacts());
				assertThat(summary.nodeCount()).as(as).isEqualTo(expected.nodes().size());
				assertThat(summary.shown().nodes()).as(as).containsExactlyInAnyOrderElementsOf(expected.shown());
				assertThat(summary.degrees()).as(as).isEqualTo(expected.degrees());
				assertThat(summary.shown().edges()).as(as).containsExactlyInAnyOrderElementsOf(expected.edges());
			}
		}
	}

	/** The network of every pair, and its top cut as {@link OfficialNetworkQuery} defines it. */
	private record Expected(long contacts, List<NetworkQuery.Node> nodes, List<NetworkQuery.Node> shown,
			Map<String, Network.Degrees> degrees, List<NetworkQuery.Edge> edges) {
	}

	private Expected pairingEveryone(ContactFilter filter, int top) {
		long contacts = 0;
		List<NetworkQuery.Node> nodes = new ArrayList<>();
		List<NetworkQuery.Edge> edges = new ArrayList<>();
		for (Record r : this.db.fetch(resultQuery(PAIRS, ContactSelection.meetings(filter)))) {
			long count = r.get(3, Long.class);
			switch (r.get(0, String.class)) {
				case "contacts" -> contacts = count;
				case "node" -> nodes.add(new NetworkQuery.Node(r.get(1, String.class), r.get(6, String.class),
						r.get(7, String.class), count));
				default -> edges.add(NetworkQuery.Edge.between(r.get(1, String.class), r.get(2, String.class), count,
						r.get(4, LocalDate.class), r.get(5, LocalDate.class)));
			}
		}
		Map<String, Network.Degrees> all = new HashMap<>();
		for (NetworkQuery.Node node : nodes) {
			List<NetworkQuery.Edge> own = edges.stream()
				.filter((e) -> e.source().equals(node.id()) || e.target().equals(node.id()))
				.toList();
			all.put(node.id(), new Network.Degrees(own.size(), own.stream().mapToLong(NetworkQuery.Edge::contacts).sum()));
		}
		List<NetworkQuery.Node> shown = nodes.stream()
			.sorted(Comparator.comparingLong((NetworkQuery.Node n) -> all.get(n.id()).weighted()).reversed()
				.thenComparing(Comparator.comparingLong(NetworkQuery.Node::contacts).reversed())
				.thenComparing(NetworkQuery.Node::id))
			.limit(top)
			.toList();
		Set<String> ids = shown.stream().map(NetworkQuery.Node::id).collect(Collectors.toCollection(HashSet::new));
		return new Expected(contacts, nodes, shown,
				all.entrySet().stream().filter((e) -> ids.contains(e.getKey()))
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
				edges.stream().filter((e) -> ids.contains(e.source()) && ids.contains(e.target())).toList());
	}

	private static ContactFilter filter(String from, String to, List<String> countries, MeetingStatus status) {
		return new ContactFilter(null, (from != null) ? LocalDate.parse(from) : null, (to != null) ? LocalDate.parse(to) : null,
				countries, null, null, null, status, null, null, null, 100, null, true, Format.JSON);
	}

	private void official(String name, String country) {
		this.jdbc.sql("insert into official (slug, name, country_code) values (:slug, :name, :country)")
			.param("slug", "onq-" + name)
			.param("name", name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1))
			.param("country", country)
			.update();
	}

	private void meeting(String slug, String day, String status, boolean ofTheVisit, List<String> officials,
			List<String> countries) {
		this.jdbc.sql("insert into meeting (slug, title, start_date, end_date, date_precision, status, kind_code, delegation_id) "
				+ "values (:slug, :slug, cast(:day as date), cast(:day as date), 'day', :status, '040', "
				+ "(select id from delegation where slug = 'onq-visit' and :visit))")
			.param("slug", slug).param("day", day).param("status", status).param("visit", ofTheVisit).update();
		for (int i = 0; i < officials.size(); i++) {
			this.jdbc.sql("insert into meeting_participant (meeting_id, official_id, role, ordinal) "
					+ "select m.id, o.id, 'Talks', :ordinal from meeting m, official o where m.slug = :slug and o.slug = :official")
				.param("ordinal", i).param("slug", slug).param("official", "onq-" + officials.get(i)).update();
		}
		for (String country : countries) {
			this.jdbc.sql("insert into meeting_country (meeting_id, country_code) select id, :country from meeting where slug = :slug")
				.param("country", country).param("slug", slug).update();
		}
	}

}
