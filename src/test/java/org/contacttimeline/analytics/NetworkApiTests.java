package org.contacttimeline.analytics;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.StatementCounter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/network}: who met whom for the filters of the lists, with the measures JGraphT computes, in the
 * formats network tools read; a network too large to draw is refused before it is built.
 */
@ApiTest
@RestoresSeed
class NetworkApiTests {

	private static final String VISIT = "russian-senators-visit-north-korea-2019-03-16";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void joinsTheTwoParticipantsOfTheTalksOfFourteenMarch() {
		Api.Response network = this.api.get("/api/v1/network?date=2019-03-14");

		assertThat(network.status()).as(network.body()).isEqualTo(200);
		assertThat(network.<Integer>json("$.contacts")).isEqualTo(1);
		assertThat(network.<List<String>>json("$.nodes[*].id")).containsExactly("igor-morgulov", "im-chon-il");
		assertThat(network.<List<String>>json("$.nodes[*].label")).containsExactly("Igor Morgulov", "Im Chon-il");
		assertThat(network.<List<Map<String, Object>>>json("$.edges")).containsExactly(Map.of("source", "igor-morgulov",
				"target", "im-chon-il", "weight", 1, "first", "2019-03-14", "last", "2019-03-14"));
		assertThat(network.<List<Integer>>json("$.nodes[*].degree")).containsExactly(1, 1);
	}

	@Test
	void joinsCountriesByTheMeetingsTheyHadWithTheFirstAndLastDay() {
		int pairMeetings = this.api.get("/api/v1/meetings?country=KP&country=RU&limit=500").<List<Object>>json("$.items").size();

		Api.Response network = this.api.get("/api/v1/network?level=country&country=KP");

		assertThat(network.<List<String>>json("$.nodes[*].id")).containsExactly("KP", "RU", "SU", "US");
		assertThat(network.<List<Map<String, Object>>>json("$.edges[?(@.source == 'KP' && @.target == 'RU')]"))
			.singleElement()
			.satisfies((edge) -> {
				assertThat(edge.get("weight")).isEqualTo(pairMeetings);
				assertThat(edge.get("first")).isEqualTo("2019-03-04");
				assertThat(edge.get("last")).isEqualTo("2019-03-16");
			});
		assertThat(network.<List<Object>>json("$.edges[?(@.source == 'KP' && @.target == 'SU')].first")).containsExactly("1949-01-01");
		assertThat(network.<List<Double>>json("$.nodes[?(@.id == 'KP')].betweenness")).containsExactly(1.0);
		assertThat(network.<List<Integer>>json("$.nodes[?(@.id == 'KP')].degree")).containsExactly(3);
		assertThat(network.<List<Integer>>json("$.nodes[?(@.id == 'KP')].weightedDegree")).containsExactly(pairMeetings + 2);
		assertThat(network.<List<Double>>json("$.nodes[?(@.id == 'RU')].betweenness")).containsExactly(0.0);
	}

	@Test
	void joinsADelegationsMembersToTheHostOfficialsOfItsMeetingsAndMeasuresWhoBridges() {
		try {
			// Kim Yong-jae (KP) joins the senators' visit; Igor Morgulov joins their delegation but not that meeting
			this.jdbc.sql("insert into meeting_participant (meeting_id, official_id, role, ordinal) select m.id, o.id, 'Host', 5 "
					+ "from meeting m, official o where m.slug = :visit and o.slug = 'kim-yong-jae'").param("visit", VISIT).update();
			this.jdbc.sql("insert into delegation_member (delegation_id, official_id, role, ordinal) select d.id, o.id, 'Delegate', 5 "
					+ "from delegation d, official o where d.slug = 'russian-senators-north-korea-2019-03' and o.slug = 'igor-morgulov'").update();

			Api.Response network = this.api.get("/api/v1/network?from=2019-03-01&to=2019-03-31");

			assertThat(network.<List<Object>>json("$.edges[?(@.source == 'igor-morgulov' && @.target == 'kim-yong-jae')]")).hasSize(1);
			assertThat(network.<List<Object>>json("$.edges[?(@.source == 'kim-yong-jae' && @.target == 'sergei-kislyak')]")).hasSize(1);
			Map<String, Double> betweenness = new java.util.HashMap<>();
			List<Map<String, Object>> nodes = network.json("$.nodes");
			nodes.forEach((node) -> betweenness.put((String) node.get("id"), ((Number) node.get("betweenness")).doubleValue()));
			assertThat(betweenness.get("kim-yong-jae")).isEqualTo(betweenness.values().stream().max(Double::compare).orElseThrow())
				.isGreaterThan(betweenness.get("igor-morgulov"))
				.isLessThanOrEqualTo(1.0);
			assertThat(betweenness.get("igor-morgulov")).isPositive();
			assertThat(betweenness.get("alexander-kozlov")).isZero();
			assertThat(betweenness.get("im-chon-il")).isZero();
		}
		finally {
			this.jdbc.sql("delete from meeting_participant where role = 'Host' and ordinal = 5").update();
			this.jdbc.sql("delete from delegation_member where role = 'Delegate' and ordinal = 5").update();
		}
	}

	@Test
	void writesGraphMlAndGexfWithTheSameNodesAndEdges() throws Exception {
		Api.Response json = this.api.get("/api/v1/network?country=KP");
		Api.Response graphml = this.api.get("/api/v1/network?country=KP&format=graphml");
		Api.Response gexf = this.api.get("/api/v1/network?country=KP&format=gexf");

		assertThat(graphml.header("Content-Type")).startsWith("application/graphml+xml");
		assertThat(gexf.header("Content-Type")).startsWith("application/gexf+xml");
		int nodes = json.<List<Object>>json("$.nodes").size();
		int edges = json.<List<Object>>json("$.edges").size();
		Document g = xml(graphml.body());
		Document x = xml(gexf.body());
		assertThat(g.getElementsByTagName("node").getLength()).isEqualTo(nodes);
		assertThat(g.getElementsByTagName("edge").getLength()).isEqualTo(edges);
		assertThat(x.getElementsByTagName("node").getLength()).isEqualTo(nodes);
		assertThat(x.getElementsByTagName("edge").getLength()).isEqualTo(edges);
		assertThat(graphml.body()).contains("Im Chon-il", "betweenness");
		assertThat(gexf.body()).contains("Im Chon-il", "betweenness");
	}

	@Test
	void summarisesANetworkOfTwoThousandOfficialsByTheTopTwoHundredInsteadOfRefusingIt() {
		this.jdbc.sql("insert into official (slug, name, country_code) select 'crowd-' || g, 'Crowd ' || g, 'KP' from generate_series(1, 2001) g").update();
		this.jdbc.sql("insert into meeting (slug, title, start_date, end_date, date_precision, status, kind_code) "
				+ "select 'crowd-meeting-' || g, 'Crowd meeting', date '2030-01-01', date '2030-01-01', 'day', 'planned', '040' "
				+ "from generate_series(1, 2001) g").update();
		this.jdbc.sql("insert into meeting_participant (meeting_id, official_id, role) select m.id, o.id, 'Crowd' "
				+ "from meeting m join official o on substr(o.slug, 7) = substr(m.slug, 15) where m.slug like 'crowd-meeting-%'").update();

		Api.Response summary = this.api.get("/api/v1/network?date=2030-01-01");
		Api.Response countries = this.api.get("/api/v1/network?date=2030-01-01&level=country");

		assertThat(summary.status()).as(summary.body()).isEqualTo(200);
		assertThat(summary.<Integer>json("$.contacts")).isEqualTo(2001);
		assertThat(summary.<List<Object>>json("$.nodes")).hasSize(200);
		assertThat(summary.<Integer>json("$.omitted")).isEqualTo(1801);
		assertThat(countries.status()).isEqualTo(200);
	}

	@Test
	void showsTheTwoHundredOfAMeetingOfTwoHundredAndTwoOfficialsWithTheEdgesAmongThem() {
		this.jdbc.sql("insert into official (slug, name, country_code) select 'crowd-' || g, 'Crowd ' || g, 'KP' from generate_series(1, 202) g").update();
		this.jdbc.sql("insert into meeting (slug, title, start_date, end_date, date_precision, status, kind_code) "
				+ "values ('crowd-meeting', 'Crowd meeting', date '2030-01-01', date '2030-01-01', 'day', 'planned', '040')").update();
		this.jdbc.sql("insert into meeting_participant (meeting_id, official_id, role) select m.id, o.id, 'Crowd' "
				+ "from meeting m, official o where m.slug = 'crowd-meeting' and o.slug like 'crowd-%'").update();

		Api.Response summary = this.api.get("/api/v1/network?date=2030-01-01");

		assertThat(summary.status()).isEqualTo(200);
		assertThat(summary.<List<Object>>json("$.edges")).hasSize(200 * 199 / 2);
		assertThat(summary.<Integer>json("$.omitted")).isEqualTo(2);
		assertThat(summary.<String>json("$.betweennessOf")).isEqualTo("shown");
		assertThat(summary.<List<Integer>>json("$.nodes[*].degree")).containsOnly(201);
	}

	@Test
	void refusesAnUnknownLevelOrFormatNamingWhatIsAccepted() {
		Api.Response level = this.api.get("/api/v1/network?level=person&format=csv");

		assertThat(level.status()).isEqualTo(400);
		assertThat(level.<List<String>>json("$.errors[*].field")).containsExactly("level", "format");
		assertThat(level.<String>json("$.detail")).contains("official, country", "json, graphml, gexf");
	}

	@Test
	void answersInOneStatement() {
		String url = "/api/v1/network?country=KP&from=2019-01-01&to=2019-12-31";
		this.api.get(url);
		this.statements.reset();

		assertThat(this.api.get(url).status()).isEqualTo(200);
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void aNetworkOfMoreMeetingsThanItIsDrawnFromIsRefusedFromTheCountsBeforeAnyMeetingIsRead() {
		// 25,000 meetings of North Korea in March 1990 as the rollup counts them; none is stored, so only the counts know
		this.jdbc.sql("insert into contact_count (grain, country, type, bucket, precision, status, contacts) "
				+ "values ('side', 'KP', 'meeting', date '1990-03-01', 'month', 'held', 25000)").update();
		try {
			for (String level : List.of("official", "country")) {
				Api.Response refused = this.api.get("/api/v1/network?country=KP&from=1990-01-01&to=1990-12-31&level=" + level);

				assertThat(refused.status()).as(level).isEqualTo(400);
				assertThat(refused.<String>json("$.detail")).as(level).contains("selects more than 20,000 meetings",
						"accepted: a narrower filter");
			}
			// the counts of a month cut by the period are not a lower bound of what it selects: the meetings are read
			Api.Response read = this.api.get("/api/v1/network?country=KP&from=1990-03-02&to=1990-12-31");
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.<Integer>json("$.contacts")).isZero();
		}
		finally {
			this.jdbc.sql("delete from contact_count where bucket = date '1990-03-01' and country = 'KP'").update();
		}
	}

	private static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
	}

}
