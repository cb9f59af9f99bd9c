package org.contacttimeline.analytics;

import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/network} at any scale: officials summarised by the most connected instead of refused, countries
 * read from the monthly counts. Asserted against a small data set counted by hand: the seed (which has nothing in
 * 2031) and these meetings of 2031, plus one that started in 2030 and still runs on 1 January 2031:
 *
 * <pre>
 * 2030-12-30..2031-01-02  Ann, Eve        sides RU, US
 * 2031-01-10              Ann, Bob, Cai   sides RU, KP
 * 2031-02-05              Ann, Bob        sides RU, KP
 * 2031-03-01              Ann, Dan        sides RU, CN, KP
 * 2031-03-20              Fay             side US
 * </pre>
 * In 2031 (the first meeting included, still running): edges Ann-Bob 2, Ann-Cai 1, Bob-Cai 1, Ann-Dan 1, Ann-Eve 1;
 * weighted degree Ann 5, Bob 3, Cai 2, Dan 1, Eve 1, Fay 0. Countries: RU 4, KP 3, US 2, CN 1 meetings; KP-RU 3,
 * CN-KP 1, CN-RU 1, RU-US 1.
 */
@ApiTest
@RestoresSeed
class NetworkSummaryApiTests {

	private static final String YEAR = "from=2031-01-01&to=2031-12-31";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void writeTheMeetingsOf2031() {
		for (String name : List.of("Ann", "Bob", "Cai", "Dan", "Eve", "Fay")) {
			this.jdbc.sql("insert into official (slug, name, country_code) values (:slug, :name, 'RU')")
				.param("slug", "net-" + name.toLowerCase(java.util.Locale.ROOT))
				.param("name", name)
				.update();
		}
		meeting("net-running", "2030-12-30", "2031-01-02", List.of("ann", "eve"), List.of("RU", "US"));
		meeting("net-first", "2031-01-10", "2031-01-10", List.of("ann", "bob", "cai"), List.of("RU", "KP"));
		meeting("net-second", "2031-02-05", "2031-02-05", List.of("ann", "bob"), List.of("RU", "KP"));
		meeting("net-third", "2031-03-01", "2031-03-01", List.of("ann", "dan"), List.of("RU", "CN", "KP"));
		meeting("net-alone", "2031-03-20", "2031-03-20", List.of("fay"), List.of("US"));
	}

	@Test
	void showsTheMostConnectedOfficialsWithTheEdgesAmongThemAndCountsThoseLeftOut() {
		Api.Response network = this.api.get("/api/v1/network?top=3&" + YEAR);

		assertThat(network.status()).as(network.body()).isEqualTo(200);
		assertThat(network.<Integer>json("$.contacts")).isEqualTo(5);
		assertThat(network.<List<String>>json("$.nodes[*].id")).containsExactlyInAnyOrder("net-ann", "net-bob", "net-cai");
		assertThat(network.<Integer>json("$.omitted")).isEqualTo(3);
		assertThat(network.<String>json("$.betweennessOf")).isEqualTo("shown");
		assertThat(network.<List<Integer>>json("$.nodes[?(@.id == 'net-ann')].weightedDegree")).containsExactly(5);
		assertThat(network.<List<Integer>>json("$.nodes[?(@.id == 'net-ann')].degree")).containsExactly(4);
		assertThat(network.<List<Integer>>json("$.nodes[?(@.id == 'net-bob')].weightedDegree")).containsExactly(3);
		assertThat(network.<List<Map<String, Object>>>json("$.edges")).containsExactly(
				Map.of("source", "net-ann", "target", "net-bob", "weight", 2, "first", "2031-01-10", "last", "2031-02-05"),
				Map.of("source", "net-ann", "target", "net-cai", "weight", 1, "first", "2031-01-10", "last", "2031-01-10"),
				Map.of("source", "net-bob", "target", "net-cai", "weight", 1, "first", "2031-01-10", "last", "2031-01-10"));
	}

	@Test
	void showsTheWholeNetworkWithItsBetweennessWhenItFitsTheTop() {
		Api.Response network = this.api.get("/api/v1/network?" + YEAR);

		assertThat(network.<List<String>>json("$.nodes[*].id")).containsExactlyInAnyOrder("net-ann", "net-bob", "net-cai",
				"net-dan", "net-eve", "net-fay");
		assertThat(network.<Integer>json("$.omitted")).isZero();
		assertThat(network.<String>json("$.betweennessOf")).isEqualTo("network");
		// Ann is on the only shortest path of Bob, Cai, Dan and Eve to one another but Bob-Cai: 5 of the 10 pairs of others
		assertThat(network.<List<Double>>json("$.nodes[?(@.id == 'net-ann')].betweenness")).containsExactly(0.5);
		assertThat(network.<List<Integer>>json("$.nodes[?(@.id == 'net-fay')].weightedDegree")).containsExactly(0);
	}

	@Test
	void readsTheWorldNetworkOfAYearFromTheMonthlyCounts() {
		Api.Response network = this.api.get("/api/v1/network?level=country&" + YEAR);

		assertThat(network.status()).as(network.body()).isEqualTo(200);
		assertThat(network.<String>json("$.edgeDates")).isEqualTo("month");
		assertThat(network.<Integer>json("$.contacts")).isEqualTo(5);
		assertThat(network.<List<String>>json("$.nodes[*].id")).containsExactly("RU", "KP", "US", "CN");
		assertThat(network.<List<Integer>>json("$.nodes[*].contacts")).containsExactly(4, 3, 2, 1);
		assertThat(network.<List<Map<String, Object>>>json("$.edges")).containsExactly(
				Map.of("source", "KP", "target", "RU", "weight", 3, "first", "2031-01-01", "last", "2031-03-01"),
				Map.of("source", "CN", "target", "KP", "weight", 1, "first", "2031-03-01", "last", "2031-03-01"),
				Map.of("source", "CN", "target", "RU", "weight", 1, "first", "2031-03-01", "last", "2031-03-01"),
				Map.of("source", "RU", "target", "US", "weight", 1, "first", "2030-12-01", "last", "2030-12-01"));
		assertThat(network.<List<Double>>json("$.nodes[?(@.id == 'RU')].betweenness")).containsExactly(round(2.0 / 3));
	}

	@Test
	void readsTheSameCountryNetworkFromTheCountsAsFromTheMeetings() {
		// a day inside a month is not in the counts: the meetings of 2031 are read one by one
		Api.Response counted = this.api.get("/api/v1/network?level=country&from=2031-01-01&to=2031-03-31");
		Api.Response read = this.api.get("/api/v1/network?level=country&from=2031-01-01&to=2031-03-30");

		assertThat(counted.<String>json("$.edgeDates")).isEqualTo("month");
		assertThat(read.<String>json("$.edgeDates")).isEqualTo("day");
		assertThat(counted.<List<Object>>json("$.nodes")).isEqualTo(read.json("$.nodes"));
		assertThat(counted.<List<Integer>>json("$.edges[*].weight")).isEqualTo(read.json("$.edges[*].weight"));
		assertThat(counted.<Integer>json("$.contacts")).isEqualTo(read.<Integer>json("$.contacts"));
	}

	@Test
	void readsTheSameWorldNetworkFromTheYearsAsFromTheMonths() {
		// whole years are read from the yearly sums (V83), a period ending in November from the months
		Api.Response years = this.api.get("/api/v1/network?level=country&from=1900-01-01&to=2099-12-31");
		Api.Response months = this.api.get("/api/v1/network?level=country&from=1900-01-01&to=2099-11-30");

		assertThat(years.status()).as(years.body()).isEqualTo(200);
		assertThat(years.<List<Object>>json("$.nodes")).isNotEmpty().isEqualTo(months.json("$.nodes"));
		assertThat(years.<List<Object>>json("$.edges")).isNotEmpty().isEqualTo(months.json("$.edges"));
		assertThat(years.<Integer>json("$.contacts")).isEqualTo(months.<Integer>json("$.contacts"));
	}

	@Test
	void aWholeYearIsReadFromTheYearlySums() {
		// 7 meetings of KP and RU in 2041 that only the yearly sums hold
		this.jdbc.sql("insert into contact_count_period (period, grain, type, country, country2, contacts, first, last) "
				+ "values (2041, 'pair', 'meeting', 'KP', 'RU', 7, date '2041-02-01', date '2041-05-01'), "
				+ "(2041, 'side', 'meeting', 'KP', '', 7, null, null), (2041, 'side', 'meeting', 'RU', '', 7, null, null), "
				+ "(2041, 'total', 'meeting', '', '', 7, null, null)").update();
		try {
			Api.Response year = this.api.get("/api/v1/network?level=country&from=2041-01-01&to=2041-12-31");
			Api.Response months = this.api.get("/api/v1/network?level=country&from=2041-01-01&to=2041-11-30");

			assertThat(year.<List<Map<String, Object>>>json("$.edges")).containsExactly(
					Map.of("source", "KP", "target", "RU", "weight", 7, "first", "2041-02-01", "last", "2041-05-01"));
			assertThat(months.<List<Object>>json("$.edges")).isEmpty();
		}
		finally {
			this.jdbc.sql("delete from contact_count_period where period = 2041").update();
		}
	}

	@Test
	void keepsTheYearlySumsEqualToTheMonthlyCountsThroughEveryChange() {
		assertThat(yearlySumsDifferingFromTheMonths()).isEmpty();
		// a meeting moved to another year, a side added and one taken away, a date made unknown, a meeting deleted
		this.jdbc.sql("update meeting set start_date = date '2032-05-05', end_date = date '2032-05-05' where slug = 'net-first'").update();
		assertThat(yearlySumsDifferingFromTheMonths()).isEmpty();
		this.jdbc.sql("insert into meeting_country (meeting_id, country_code) select id, 'CN' from meeting where slug = 'net-second'").update();
		this.jdbc.sql("delete from meeting_country where country_code = 'KP' and meeting_id = (select id from meeting where slug = 'net-third')").update();
		assertThat(yearlySumsDifferingFromTheMonths()).isEmpty();
		this.jdbc.sql("update meeting set date_precision = 'unknown', start_date = null, end_date = null where slug = 'net-alone'").update();
		assertThat(yearlySumsDifferingFromTheMonths()).isEmpty();
		this.jdbc.sql("delete from meeting where slug in ('net-second', 'net-running')").update();
		assertThat(yearlySumsDifferingFromTheMonths()).isEmpty();
		Api.Response year = this.api.get("/api/v1/network?level=country&from=2031-01-01&to=2031-12-31");
		assertThat(year.<List<Map<String, Object>>>json("$.edges")).containsExactly(
				Map.of("source", "CN", "target", "RU", "weight", 1, "first", "2031-03-01", "last", "2031-03-01"));
	}

	/** The rows of the yearly sums that are not what the monthly counts sum to, and the other way round. */
	private List<Map<String, Object>> yearlySumsDifferingFromTheMonths() {
		String summed = """
				select extract(year from bucket)::integer as period, grain, type, country, country2, sum(contacts) as contacts,
				       min(bucket) as first, max(bucket) as last
				from contact_count where grain in ('total', 'side', 'pair', 'host') and bucket is not null group by 1, 2, 3, 4, 5
				union all
				select 0, grain, type, country, country2, sum(contacts), min(bucket), max(bucket)
				from contact_count where grain in ('total', 'side', 'pair', 'host') group by 1, 2, 3, 4, 5
				""";
		String kept = "select period, grain, type, country, country2, contacts, first, last from contact_count_period";
		return this.jdbc.sql("(" + kept + " except (" + summed + ")) union all ((" + summed + ") except " + kept + ")")
			.query()
			.listOfRows();
	}

	@Test
	void refusesATopOutsideItsRangeNamingWhatIsAccepted() {
		Api.Response refused = this.api.get("/api/v1/network?top=0");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("top");
		assertThat(refused.<String>json("$.detail")).contains("1 to " + OfficialNetworkQuery.MAX_TOP);
	}

	private void meeting(String slug, String start, String end, List<String> officials, List<String> countries) {
		this.jdbc.sql("insert into meeting (slug, title, start_date, end_date, date_precision, status, kind_code) "
				+ "values (:slug, :slug, cast(:start as date), cast(:end as date), 'day', 'held', '040')")
			.param("slug", slug).param("start", start).param("end", end).update();
		for (int i = 0; i < officials.size(); i++) {
			this.jdbc.sql("insert into meeting_participant (meeting_id, official_id, role, ordinal) "
					+ "select m.id, o.id, 'Talks', :ordinal from meeting m, official o where m.slug = :slug and o.slug = :official")
				.param("ordinal", i).param("slug", slug).param("official", "net-" + officials.get(i)).update();
		}
		for (String country : countries) {
			this.jdbc.sql("insert into meeting_country (meeting_id, country_code) select id, :country from meeting where slug = :slug")
				.param("country", country).param("slug", slug).update();
		}
	}

	private static double round(double value) {
		return Math.round(value * 1_000_000d) / 1_000_000d;
	}

}
