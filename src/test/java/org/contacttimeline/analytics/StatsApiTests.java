package org.contacttimeline.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.Seed;
import org.contacttimeline.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/stats} as an analyst reads it: the counts agree with the contacts the timeline lists for the same
 * filters, a date is never more precise than it is known, and an edit counts at once.
 */
@ApiTest
class StatsApiTests {

	@Autowired
	Api api;

	@Autowired
	Seed seed;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	private boolean wrote;

	@AfterEach
	void restoreTheSeed() {
		if (this.wrote) {
			this.seed.restore();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "country=KP&country=RU", "country=KP", "host=RU", "status=held", "kind=040",
			"from=2019-03-01&to=2019-03-31", "from=2019-03-15&to=2019-03-31", "date=2019-03-05", "official=im-chon-il",
			"q=moscow", "country=KP&from=2019-01-01", "to=2019-02-28", "delegation=russian-senators-north-korea-2019-03",
			"country=US&country=KP&country=VN", "host=RU&country=KP" })
	void countsPerYearWhatTheTimelineListsForTheSameFilters(String filter) {
		Map<String, Long> listed = new TreeMap<>();
		long undated = 0;
		for (Map<String, Object> entry : timeline(filter)) {
			String start = (String) entry.get("startDate");
			if (start == null) {
				undated++;
			}
			else {
				listed.merge(start.substring(0, 4), 1L, Long::sum);
			}
		}

		Api.Response stats = this.api.get("/api/v1/stats?" + filter);

		assertThat(stats.status()).as(stats.body()).isEqualTo(200);
		Map<String, Long> counted = new TreeMap<>();
		List<String> periods = stats.json("$.periods");
		List<Number> counts = stats.json("$.total.counts");
		for (int i = 0; i < periods.size(); i++) {
			if (counts.get(i).longValue() > 0) {
				counted.put(periods.get(i), counts.get(i).longValue());
			}
		}
		assertThat(counted).as(filter).isEqualTo(listed);
		assertThat(stats.<Number>json("$.total.undated").longValue()).as(filter).isEqualTo(undated);
	}

	@Test
	void countsNorthKoreaAndRussiaByKindWithTheVisitsApart() {
		Api.Response stats = this.api.get("/api/v1/stats?country=KP&country=RU&from=2019-01-01&to=2019-12-31&by=kind");

		assertThat(stats.<List<String>>json("$.periods")).containsExactly("2019");
		assertThat(stats.<List<Integer>>json("$.total.counts")).containsExactly(9);
		assertThat(stats.<List<String>>json("$.series[*].key")).containsExactly("delegation", "040", "042");
		assertThat(stats.<String>json("$.series[0].label")).isEqualTo("Delegation visit");
		assertThat(stats.<List<Integer>>json("$.series[*].sum")).containsExactly(4, 3, 2);
	}

	@Test
	void putsAContactKnownOnlyToItsYearUnderItsYearAndNeverInAMonth() {
		Api.Response byMonth = this.api.get("/api/v1/stats?group=month&from=1949-01-01&to=1949-12-31");
		Api.Response byYear = this.api.get("/api/v1/stats?group=year&from=1949-01-01&to=1949-12-31");

		assertThat(byMonth.<List<String>>json("$.periods")).hasSize(12).first().isEqualTo("1949-01");
		assertThat(byMonth.<List<Integer>>json("$.total.counts")).containsOnly(0);
		assertThat(byMonth.<List<Map<String, Object>>>json("$.total.unknownMonth"))
			.containsExactly(Map.of("year", 1949, "count", 1));
		assertThat(byMonth.<Integer>json("$.total.sum")).isEqualTo(1);
		assertThat(byYear.<List<Integer>>json("$.total.counts")).containsExactly(1);
		assertThat(byYear.<List<Object>>json("$.total.unknownMonth")).isEmpty();
	}

	@Test
	void zeroFillsEveryMonthOfTheRangeAndCountsAContactSpanningTwoMonthsInTheFirst() {
		// the Hanoi summit ran from 27 to 28 February 2019; a visit from 30 March to 2 April counts in March only
		Api.Response stats = this.api.get("/api/v1/stats?group=month&from=2019-01-01&to=2019-04-30&country=US");

		assertThat(stats.<List<String>>json("$.periods")).containsExactly("2019-01", "2019-02", "2019-03", "2019-04");
		assertThat(stats.<List<Integer>>json("$.total.counts")).containsExactly(0, 1, 0, 0);
	}

	@Test
	void countsUndatedContactsApartAndLeavesThemOutOfAnyDateFilter() {
		Api.Response all = this.api.get("/api/v1/stats?country=KP&country=RU");
		Api.Response dated = this.api.get("/api/v1/stats?country=KP&country=RU&from=1900-01-01");

		assertThat(all.<Integer>json("$.total.undated")).isEqualTo(1);
		assertThat(dated.<Integer>json("$.total.undated")).isZero();
		assertThat(dated.<Integer>json("$.total.sum")).isEqualTo(all.<Integer>json("$.total.sum") - 1);
	}

	@Test
	void splitsByCountryOncePerSideAndByPairOncePerPairWhileTotalsCountEachContactOnce() {
		this.wrote = true;
		Api.Response created = this.api.write("POST", "/api/v1/meetings", threeSided("2021-06-01"), Api.EDITOR, null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		Api.Response byCountry = this.api.get("/api/v1/stats?from=2021-01-01&to=2021-12-31&by=country");
		Api.Response byPair = this.api.get("/api/v1/stats?from=2021-01-01&to=2021-12-31&by=pair");

		assertThat(byCountry.<List<Integer>>json("$.total.counts")).containsExactly(1);
		assertThat(byCountry.<List<String>>json("$.series[*].key")).containsExactly("CN", "KP", "RU");
		assertThat(byCountry.<List<String>>json("$.series[*].label")).containsExactly("China", "North Korea", "Russia");
		assertThat(byPair.<List<String>>json("$.series[*].key")).containsExactly("CN-KP", "CN-RU", "KP-RU");
		assertThat(byPair.<List<Integer>>json("$.series[*].sum")).containsExactly(1, 1, 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "country=KP", "country=RU&from=2019-03-01&to=2019-03-31", "country=KP&status=held",
			"country=RU&from=2019-03-01", "country=KP&kind=040", "country=CN&to=2019-12-31" })
	void splitsOneCountrysContactsByEachOfTheirSidesAsTheTimelineListsThem(String filter) {
		this.wrote = true;
		// a meeting of three sides is counted once under each
		assertThat(this.api.write("POST", "/api/v1/meetings", threeSided("2019-03-20"), Api.EDITOR, null).status())
			.isEqualTo(201);
		Map<String, Long> listed = new TreeMap<>();
		List<Map<String, Object>> entries = timeline(filter);
		for (Map<String, Object> entry : entries) {
			for (Object side : (List<?>) entry.get("countries")) {
				listed.merge((String) side, 1L, Long::sum);
			}
		}

		Api.Response stats = this.api.get("/api/v1/stats?by=country&" + filter);

		assertThat(stats.status()).as(stats.body()).isEqualTo(200);
		Map<String, Long> counted = new TreeMap<>();
		List<String> keys = stats.json("$.series[*].key");
		List<Number> sums = stats.json("$.series[*].sum");
		for (int i = 0; i < keys.size(); i++) {
			counted.put(keys.get(i), sums.get(i).longValue());
		}
		assertThat(counted).as(filter).isEqualTo(listed);
		long total = stats.<List<Number>>json("$.total.counts").stream().mapToLong(Number::longValue).sum()
				+ stats.<Number>json("$.total.undated").longValue();
		assertThat(total).as(filter).isEqualTo(entries.size());
	}

	@Test
	void showsAnEditAtOnceWhereverTheContactMoves() {
		this.wrote = true;
		int before = this.api.get("/api/v1/stats?country=KP&country=RU&group=month&from=2021-06-01&to=2021-07-31")
			.<List<Integer>>json("$.total.counts").get(0);
		Api.Response created = this.api.write("POST", "/api/v1/meetings", threeSided("2021-06-30"), Api.EDITOR, null);
		String location = created.header("Location");

		assertThat(months("country=KP&country=RU")).containsExactly(before + 1, 0);

		Api.Response read = this.api.get(location);
		String moved = read.body().replace("\"startDate\":\"2021-06-30\"", "\"startDate\":\"2021-07-02\"")
			.replace("\"endDate\":\"2021-06-30\"", "\"endDate\":\"2021-07-02\"").replace("\"status\":\"held\"", "\"status\":\"cancelled\"");
		Api.Response put = this.api.write("PUT", location, moved, Api.EDITOR, read.header("ETag"));
		assertThat(put.status()).as(put.body()).isEqualTo(200);

		assertThat(months("country=KP&country=RU")).containsExactly(before, 1);
		assertThat(months("country=KP&country=RU&status=held")).containsExactly(before, 0);
		assertThat(months("country=CN&by=status")).containsExactly(0, 1);

		Api.Response deleted = this.api.write("DELETE", location, null, Api.EDITOR, this.api.get(location).header("ETag"));
		assertThat(deleted.status()).isEqualTo(204);

		assertThat(months("country=KP&country=RU")).containsExactly(before, 0);
		assertThat(recount()).isEmpty();
	}

	@Test
	void keepsTheRollupEqualToACountOfEveryContactThroughWritesFromAnySqlClient() {
		this.wrote = true;
		this.jdbc.sql("update meeting set start_date = start_date - 20, end_date = end_date - 20 where slug = 'im-chon-il-igor-morgulov-talks-2019-03-14'").update();
		this.jdbc.sql("update meeting set status = 'cancelled', kind_code = '040', location_country = null where slug like 'han-man-hyok%'").update();
		this.jdbc.sql("insert into meeting_country (meeting_id, country_code) select id, 'CN' from meeting where slug like 'russian-senators%'").update();
		this.jdbc.sql("delete from meeting_country where country_code = 'RU' and meeting_id = (select id from meeting where slug = 'russian-senators-visit-north-korea-2019-03-16')").update();
		this.jdbc.sql("update delegation set host_country = 'CN', start_date = '2018-01-01', end_date = '2018-12-31', date_precision = 'year' where slug = 'im-chon-il-visit-to-moscow-2019-03'").update();
		this.jdbc.sql("update meeting set start_date = null, end_date = null, date_precision = 'unknown' where slug = 'kim-yong-jae-alexander-kozlov-talks-2019-03-04'").update();
		this.jdbc.sql("insert into meeting (slug, title, start_date, end_date, date_precision, status, kind_code) "
				+ "values ('short-lived', 'Short-lived', date '2020-05-01', date '2020-05-31', 'month', 'held', '040')").update();
		this.jdbc.sql("insert into meeting_country (meeting_id, country_code) select id, c from meeting, "
				+ "(values ('KP'), ('RU'), ('CN')) v(c) where slug = 'short-lived'").update();
		assertThat(recount()).isEmpty();
		this.jdbc.sql("delete from meeting where slug = 'short-lived'").update();

		assertThat(recount()).isEmpty();

		// put the seed back as it was
		this.jdbc.sql("update meeting set start_date = '2019-03-14', end_date = '2019-03-14' where slug = 'im-chon-il-igor-morgulov-talks-2019-03-14'").update();
		this.jdbc.sql("update meeting set status = 'held', kind_code = '042', location_country = 'RU' where slug like 'han-man-hyok%'").update();
		this.jdbc.sql("delete from meeting_country where country_code = 'CN' and meeting_id in (select id from meeting where slug like 'russian-senators%')").update();
		this.jdbc.sql("insert into meeting_country (meeting_id, country_code) select id, 'RU' from meeting where slug = 'russian-senators-visit-north-korea-2019-03-16'").update();
		this.jdbc.sql("update delegation set host_country = 'RU', start_date = '2019-03-01', end_date = '2019-03-31', date_precision = 'month' where slug = 'im-chon-il-visit-to-moscow-2019-03'").update();
		this.jdbc.sql("update meeting set start_date = '2019-03-04', end_date = '2019-03-06', date_precision = 'day' where slug = 'kim-yong-jae-alexander-kozlov-talks-2019-03-04'").update();
		assertThat(recount()).isEmpty();
	}

	@Test
	void answersAsCsvWithEveryPeriodOfEverySeries() {
		Api.Response csv = this.api.get("/api/v1/stats?country=KP&country=RU&from=2018-01-01&to=2019-12-31&by=status&format=csv");

		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body().lines().toList()).startsWith("series,label,period,contacts", "total,All contacts,2018,0",
				"total,All contacts,2019,9", "held,Held,2018,0", "held,Held,2019,8", "planned,Planned,2018,0",
				"planned,Planned,2019,1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "group=week", "by=official", "type=meetings", "level=country", "limit=5",
			"group=month&from=1900-01-01&to=2019-12-31", "format=ics" })
	void refusesWhatItCannotAnswerWithAProblemNamingTheParameterAndWhatIsAccepted(String query) {
		Api.Response response = this.api.get("/api/v1/stats?" + query);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		String parameter = query.startsWith("group=month") ? "group" : query.substring(0, query.indexOf('='));
		assertThat(response.<List<String>>json("$.errors[*].field")).contains(parameter);
		assertThat(response.<String>json("$.detail")).containsAnyOf("accepted", "is not one of");
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=0000-01-01", "from=-4712-01-01", "to=5874897-12-31", "from=-4712-01-01&to=5874897-12-31",
			"date=5874897-12-31&group=month", "group=month&from=1950-01-01", "q=%25%27%3B--&by=pair", "country=KP&country=RU&country=US&by=country",
			"type=delegation&kind=040&by=host", "type=MEETING&group=Month&by=Pair" })
	void answersBoundaryInputOnBothEndpointsWithACountOrAProblemNeverAFailure(String query) {
		for (String endpoint : List.of("/api/v1/stats?", "/api/v1/network?")) {
			String url = endpoint + (endpoint.contains("network") ? query.replaceAll("&?(type|group|by)=[A-Za-z]+", "") : query);
			Api.Response response = this.api.get(url);

			assertThat(response.status()).as("%s: %s", url, response.body()).isIn(200, 400);
			if (response.status() == 400) {
				assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/stats?country=KP&country=RU&by=kind", "/api/v1/stats?group=month&by=status",
			"/api/v1/stats?official=im-chon-il&by=pair", "/api/v1/stats?country=KP&from=2019-03-01&to=2019-03-31" })
	void answersInOneStatement(String url) {
		this.api.get(url);
		this.statements.reset();

		assertThat(this.api.get(url).status()).isEqualTo(200);
		assertThat(this.statements.count()).isEqualTo(1);
	}

	private List<Integer> months(String filter) {
		return this.api.get("/api/v1/stats?group=month&from=2021-06-01&to=2021-07-31&" + filter).json("$.total.counts");
	}

	private List<Map<String, Object>> recount() {
		try {
			String sql = new ClassPathResource("recount-contacts.sql").getContentAsString(StandardCharsets.UTF_8);
			return this.jdbc.sql(sql).query().listOfRows();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "by=country", "by=pair", "by=host", "type=delegation&by=country", "type=meeting&by=pair" })
	void countsByYearFromTheYearlySumsWhatTheMonthsCount(String filter) {
		// by year with no kind, status, country or host: the sums by year (V83, V88) and the undated rows (the seed's
		// undated KP-RU summit among them); by month: the monthly rows
		Api.Response years = this.api.get("/api/v1/stats?group=year&" + filter);
		Api.Response months = this.api.get("/api/v1/stats?group=month&" + filter);

		assertThat(years.status()).as(years.body()).isEqualTo(200);
		assertThat(months.status()).as(months.body()).isEqualTo(200);
		assertThat(years.<List<Object>>json("$.series[*].key")).isEqualTo(months.json("$.series[*].key"));
		assertThat(years.<List<Object>>json("$.series[*].sum")).isEqualTo(months.json("$.series[*].sum"));
		assertThat(years.<List<Object>>json("$.series[*].undated")).isEqualTo(months.json("$.series[*].undated"));
		assertThat(years.<Object>json("$.total.sum")).isEqualTo(months.json("$.total.sum"));
		assertThat(years.<Object>json("$.total.undated")).isEqualTo(months.json("$.total.undated"));
	}

	@Test
	void refusesAllTimesPairsFromTheirSumsBeforeCountingThem() {
		// 3,600 pairs of all time and a total in 1900 that only the sums hold: 3,600 pairs over 1900-2019 (the seed's
		// last year), 430,000 counts; counted from the years' rows, where these pairs are not, they would be a few
		this.jdbc.sql("""
				insert into contact_count_period (period, grain, type, country, country2, contacts, first, last)
				select 0, 'pair', 'meeting', '~' || chr(48 + a), '~' || chr(48 + b), 1, date '1900-01-01', date '1900-01-01'
				from generate_series(0, 59) a, generate_series(0, 59) b
				union all select 1900, 'total', 'meeting', '', 'x', 1, date '1900-01-01', date '1900-01-01'
				""").update();
		try {
			Api.Response refused = this.api.get("/api/v1/stats?by=pair");

			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.<String>json("$.detail")).containsPattern("into 36\\d\\d series over 1\\d\\d periods, more than the 250000");
			assertThat(this.api.get("/api/v1/stats?by=pair&from=2019-01-01&to=2019-12-31").status()).isEqualTo(200);
		}
		finally {
			this.jdbc.sql("delete from contact_count_period where country like '~%' or country2 = 'x'").update();
		}
	}

	private List<Map<String, Object>> timeline(String filter) {
		List<Map<String, Object>> entries = new java.util.ArrayList<>();
		String url = "/api/v1/timeline?limit=500" + (filter.isEmpty() ? "" : "&" + filter);
		Api.Response page = this.api.get(url);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		entries.addAll(page.json("$.items"));
		assertThat(page.<String>json("$.next")).isNull();
		return entries;
	}

	static String threeSided(String day) {
		return """
				{"title": "Three-sided talks on the Tumen River", "startDate": "%s", "endDate": "%s", "datePrecision": "day",
				 "status": "held", "kind": "040", "location": {"city": "Vladivostok", "country": "RU"},
				 "countries": ["CN", "KP", "RU"],
				 "sources": [{"publisher": "Test Wire", "quote": "The three sides met.", "claim": "meeting"}]}
				""".formatted(day, day);
	}

}
