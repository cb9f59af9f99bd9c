package org.contacttimeline.contact;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of the contact lists as a user meets them: words found in any script and form, every filter on every
 * list that has it, and what the database keeps for the indexes (search documents, facets, dates of participations)
 * kept right whoever writes, the service or plain SQL.
 */
@ApiTest
@RestoresSeed
class ContactFilterApiTests {

	private static final String KOZLOV_TALKS = "kim-yong-jae-alexander-kozlov-talks-2019-03-04";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsWordsInAnyCaseWithOrWithoutAccentsAndByTheirBeginning() {
		assertThat(slugs("/api/v1/meetings?q=KOZLOV")).contains(KOZLOV_TALKS);
		assertThat(slugs("/api/v1/meetings?q=kozl")).contains(KOZLOV_TALKS);
		assertThat(slugs("/api/v1/meetings?q=K%C3%B6zlov")).contains(KOZLOV_TALKS); // Közlov
		// a role, and a name in Hangul and in Cyrillic
		assertThat(slugs("/api/v1/meetings?q=deputy%20foreign%20minister")).contains("im-chon-il-igor-morgulov-talks-2019-03-14");
		assertThat(slugs("/api/v1/meetings?q=%EA%B9%80%EC%98%81%EC%9E%AC")).contains(KOZLOV_TALKS); // 김영재
		assertThat(slugs("/api/v1/meetings?q=%D0%BA%D0%BE%D0%B7%D0%BB%D0%BE%D0%B2")).contains(KOZLOV_TALKS); // козлов
		// every word must appear
		assertThat(slugs("/api/v1/meetings?q=kozlov%20morgulov")).isEmpty();
	}

	@Test
	void answersEachListOfTheSameFilterWithItsOwnContactsEveryTimeItIsAsked() {
		// the service keeps each filter's statement once written: by list as well as by filter
		String filter = "?from=2019-03-01&to=2019-03-31&country=KP&country=RU&limit=100";
		for (int round = 0; round < 2; round++) {
			List<String> meetings = slugs("/api/v1/meetings" + filter);
			List<String> delegations = slugs("/api/v1/delegations" + filter);
			List<String> timeline = slugs("/api/v1/timeline" + filter);

			assertThat(meetings).as("round " + round).contains(KOZLOV_TALKS).doesNotContainAnyElementsOf(delegations);
			assertThat(delegations).as("round " + round).isNotEmpty();
			assertThat(timeline).as("round " + round).containsExactlyInAnyOrderElementsOf(
					Stream.concat(meetings.stream(), delegations.stream()).toList());
		}
		// and a filter that differs in one value only is its own statement
		assertThat(slugs("/api/v1/meetings?from=2019-03-01&to=2019-03-03&country=KP&country=RU&limit=100"))
			.doesNotContain(KOZLOV_TALKS);
	}

	@Test
	void refusesASearchWithoutAWordToLookFor() {
		for (String q : List.of("a", "%21%21%21", "a%20b")) {
			Api.Response response = this.api.get("/api/v1/meetings?q=" + q);

			assertThat(response.status()).as(q).isEqualTo(400);
			assertThat(response.<String>json("$.errors[0].message")).contains("shorter than 2 characters");
		}
	}

	@Test
	void keepsTheSearchDocumentsRightWhenPeopleAndNamesChange() {
		long official = this.jdbc.sql("""
				insert into official (slug, name, country_code) values ('zorbatov-test', 'Ivan Zorbatov', 'RU')
				returning id""").query(Long.class).single();
		long meeting = meeting("zorbatov-meeting-test", "2019-03-09", "RU", "held", "040");
		this.jdbc.sql("insert into meeting_participant (meeting_id, official_id, role) values (:m, :o, 'Special envoy')")
			.param("m", meeting).param("o", official).update();

		assertThat(slugs("/api/v1/meetings?q=zorbatov")).containsExactly("zorbatov-meeting-test");
		assertThat(slugs("/api/v1/meetings?q=special%20envoy")).contains("zorbatov-meeting-test");

		this.jdbc.sql("update official set name = 'Ivan Zorbatenko' where id = :o").param("o", official).update();

		assertThat(slugs("/api/v1/meetings?q=zorbatov")).isEmpty();
		assertThat(slugs("/api/v1/meetings?q=zorbatenko")).containsExactly("zorbatov-meeting-test");
		assertThat(slugs("/api/v1/officials?q=zorbatenko")).containsExactly("zorbatov-test");
	}

	@Test
	void keepsTheFacetsRightWhenAMeetingsSidesHostAndStatusChange() {
		long meeting = meeting("facets-meeting-test", null, "VN", "planned", "044");
		this.jdbc.sql("insert into meeting_country (meeting_id, country_code) values (:m, 'VN'), (:m, 'KR')")
			.param("m", meeting).update();

		assertThat(slugs("/api/v1/meetings?country=VN&country=KR&host=VN&status=planned&kind=044"))
			.containsExactly("facets-meeting-test");

		this.jdbc.sql("update meeting set status = 'held', location_country = 'KR' where id = :m").param("m", meeting).update();
		this.jdbc.sql("delete from meeting_country where meeting_id = :m and country_code = 'VN'").param("m", meeting).update();

		assertThat(slugs("/api/v1/meetings?country=VN&country=KR")).isEmpty();
		assertThat(slugs("/api/v1/meetings?country=KR&host=KR&status=held&kind=044")).containsExactly("facets-meeting-test");
	}

	@Test
	void filtersMeetingsByTheirCameoKindAndRefusesAnUnknownCode() {
		List<String> consultations = slugs("/api/v1/meetings?kind=040&country=KP&limit=500");
		Api.Response unknown = this.api.get("/api/v1/meetings?kind=999");

		assertThat(consultations).contains(KOZLOV_TALKS);
		assertThat(this.api.get("/api/v1/meetings/" + KOZLOV_TALKS).<String>json("$.kind.code")).isEqualTo("040");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.<String>json("$.errors[0].message")).contains("040").contains("/api/v1/kinds");
	}

	@Test
	void filtersDelegationVisitsAsTheTimelineDoes() {
		List<String> senators = slugs("/api/v1/delegations?official=sergei-kislyak");

		assertThat(senators).containsExactly("russian-senators-north-korea-2019-03");
		assertThat(slugs("/api/v1/delegations?q=federation%20council&host=KP&date=2019-03-18")).containsExactly(senators.get(0));
		assertThat(slugs("/api/v1/delegations?host=RU")).doesNotContain(senators.get(0));
		assertThat(this.api.get("/api/v1/delegations?status=held").status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/delegations?format=csv&official=sergei-kislyak").body())
			.contains("russian-senators-north-korea-2019-03");
	}

	@Test
	void showsTheFirstMeetingsOfAnOfficialAndLinksToTheRest() {
		long official = this.jdbc.sql("""
				insert into official (slug, name, country_code) values ('busy-official-test', 'Busy Official', 'CN')
				returning id""").query(Long.class).single();
		for (int day = 1; day <= ContactQuery.NESTED + 2; day++) {
			long meeting = meeting("busy-meeting-test-" + day, "2020-01-%02d".formatted(day), "CN", "held", "040");
			this.jdbc.sql("insert into meeting_participant (meeting_id, official_id, role) values (:m, :o, 'Envoy')")
				.param("m", meeting).param("o", official).update();
		}

		Api.Response detail = this.api.get("/api/v1/officials/busy-official-test");
		Api.Response rest = this.api.get(detail.json("$.moreMeetings"));

		assertThat(detail.<List<String>>json("$.meetings[*].slug")).hasSize(ContactQuery.NESTED)
			.startsWith("busy-meeting-test-1", "busy-meeting-test-2");
		assertThat(detail.<List<String>>json("$.meetings[*].role")).containsOnly("Envoy");
		assertThat(rest.<List<String>>json("$.items[*].slug")).containsExactly("busy-meeting-test-21",
				"busy-meeting-test-22");
		// a short list is whole, and says so by leaving the link out
		assertThat(this.api.get("/api/v1/officials/igor-morgulov").<Map<String, Object>>json("$"))
			.doesNotContainKey("moreMeetings");
	}

	@Test
	void showsTheFirstCitationsOfASourceAndPagesTheRest() {
		String article = "korea-times-nk-russia-support-2019-03";
		int cited = this.jdbc.sql("""
				select (select count(*) from citation c join source s on s.id = c.source_id where s.slug = :s)
				     + (select count(*) from delegation_reported_dates r join source s on s.id = r.source_id where s.slug = :s)""")
			.param("s", article).query(Integer.class).single();

		Api.Response detail = this.api.get("/api/v1/sources/" + article);
		Api.Response first = this.api.get("/api/v1/sources/" + article + "/citations?limit=10");
		Api.Response second = this.api.get(first.header("Link").replaceAll("^<(.*)>; rel=\"next\"$", "$1"));

		assertThat(detail.<List<Object>>json("$.citations")).hasSize(Math.min(cited, 50));
		assertThat(first.<List<Object>>json("$.items")).hasSize(10);
		assertThat(second.<List<Object>>json("$.items")).hasSize(Math.min(10, cited - 10));
		assertThat(first.<List<String>>json("$.items[*].slug")).doesNotContainAnyElementsOf(
				second.<List<String>>json("$.items[?(@.subject == 'position')].slug"));
		assertThat(this.api.get("/api/v1/sources/no-such-source/citations").status()).isEqualTo(404);
	}

	private long meeting(String slug, String day, String host, String status, String kind) {
		return this.jdbc.sql("""
				insert into meeting (slug, title, start_date, end_date, date_precision, status, kind_code, location_country)
				values (:slug, 'A test meeting', cast(:day as date), cast(:day as date), case when cast(:day as date) is null then 'unknown' else 'day' end,
				        :status, :kind, :host)
				returning id""")
			.param("slug", slug).param("day", day).param("status", status).param("kind", kind).param("host", host)
			.query(Long.class).single();
	}

	private List<String> slugs(String url) {
		Api.Response response = this.api.get(url);
		assertThat(response.status()).as(url + ": " + response.body()).isEqualTo(200);
		return response.json("$.items[*].slug");
	}

}
