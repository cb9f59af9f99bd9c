package org.contacttimeline.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.contacttimeline.Bodies;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.Race;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
@RestoresSeed
class MeetingWriteTests {

	private static final String TABLES = "meeting, meeting_participant, meeting_country, meeting_unnamed_party, citation, source, revision";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesWritesWithoutOrWithWrongCredentialsAndChangesNothing() {
		Map<String, Long> before = counts();

		List<Api.Response> refused = List.of(
				this.api.write("POST", "/api/v1/meetings", Bodies.meeting("anonymous-try", "Anonymous"), null, null),
				this.api.write("POST", "/api/v1/meetings", Bodies.meeting("wrong-try", "Wrong"), Api.basic("editor", "guess"), null),
				this.api.write("PUT", "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14",
						Bodies.meeting("im-chon-il-igor-morgulov-talks-2019-03-14", "Hijacked"), null, "\"0\""),
				this.api.write("DELETE", "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14", null,
						Api.basic("intruder", "editor-password"), "\"0\""));

		for (Api.Response response : refused) {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
			assertThat(response.<String>json("$.detail")).contains("HTTP Basic");
		}
		assertThat(counts()).isEqualTo(before);
		assertThat(this.api.get("/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14").<String>json("$.title"))
			.isEqualTo("Im Chon-il and Igor Morgulov discuss a schedule of political contacts");
	}

	@Test
	void createsReadsBackReplacesAndDeletesAMeeting() {
		Api.Response created = this.api.write("POST", "/api/v1/meetings", Bodies.meeting("kim-putin-vladivostok", "Kim and Putin meet"),
				Api.EDITOR, null);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/v1/meetings/kim-putin-vladivostok");
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		Api.Response read = this.api.get("/api/v1/meetings/kim-putin-vladivostok");
		read.assertJson("$", """
				{"endDate": "2019-04-25", "datePrecision": "day", "status": "held", "kind": {"label": "Make a visit"},
				 "location": {"country": "RU"}, "countries": ["KP", "RU"],
				 "participants": [{"name": "Kim Jong-un"}, {"name": "Vladimir Putin"}]}""");
		assertThat(read.<String>json("$.sources[0].quote")).isEqualTo("Kim and Putin met on Russky Island");
		assertThat(this.api.get("/api/v1/meetings?date=2019-04-25&country=KP&country=RU").<List<String>>json("$.items[*].slug"))
			.containsExactly("kim-putin-vladivostok");

		String edited = read.body().replace("\"title\":\"Kim and Putin meet\"", "\"title\":\"First Kim-Putin summit\"")
			.replace("\"status\":\"held\"", "\"status\":\"held\",\"summary\":\"Their first summit.\"")
			.replace("\"summary\":null,", "");
		Api.Response replaced = this.api.write("PUT", "/api/v1/meetings/kim-putin-vladivostok", edited, Api.EDITOR,
				read.header("ETag"));

		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
		assertThat(replaced.<String>json("$.title")).isEqualTo("First Kim-Putin summit");
		assertThat(replaced.<String>json("$.summary")).isEqualTo("Their first summit.");
		assertThat(replaced.<List<String>>json("$.participants[*].slug")).containsExactly("kim-jong-un", "vladimir-putin");

		Api.Response deleted = this.api.write("DELETE", "/api/v1/meetings/kim-putin-vladivostok", null, Api.EDITOR, "\"1\"");

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/meetings/kim-putin-vladivostok").status()).isEqualTo(404);

		List<Map<String, Object>> revisions = this.api.get("/api/v1/meetings/kim-putin-vladivostok/revisions").json("$.items");
		assertThat(revisions).extracting((r) -> r.get("change")).containsExactly("deleted", "updated", "created");
		assertThat(revisions).extracting((r) -> r.get("editor")).containsOnly("editor");
		assertThat(this.api.get("/api/v1/meetings/kim-putin-vladivostok/revisions").<String>json("$.items[1].state.title"))
			.isEqualTo("First Kim-Putin summit");
		assertThat(this.api.get("/api/v1/meetings/kim-putin-vladivostok/revisions").<String>json("$.items[2].state.title"))
			.isEqualTo("Kim and Putin meet");
		assertThat(this.api.get("/api/v1/meetings/kim-putin-vladivostok/revisions").<Object>json("$.items[0].state")).isNull();
	}

	@Test
	void aMeetingMovedToAnotherDateIsFoundByCountryOnItsNewDateOnly() {
		this.api.write("POST", "/api/v1/meetings", Bodies.meeting("kim-putin-vladivostok", "Kim and Putin meet"), Api.EDITOR, null);
		String onNewDate = "/api/v1/meetings?country=RU&country=KP&from=2019-05-01&to=2019-05-31";
		String onOldDate = "/api/v1/meetings?country=RU&date=2019-04-25";
		assertThat(this.api.get(onOldDate).<List<String>>json("$.items[*].slug")).containsExactly("kim-putin-vladivostok");

		Api.Response read = this.api.get("/api/v1/meetings/kim-putin-vladivostok");
		Api.Response moved = this.api.write("PUT", "/api/v1/meetings/kim-putin-vladivostok",
				read.body().replace("2019-04-25", "2019-05-10"), Api.EDITOR, read.header("ETag"));

		assertThat(moved.status()).isEqualTo(200);
		assertThat(this.api.get(onNewDate).<List<String>>json("$.items[*].slug")).containsExactly("kim-putin-vladivostok");
		assertThat(this.api.get(onOldDate).<List<String>>json("$.items")).isEmpty();
		// the sides' copy of the start date, which the country index reads, matches every meeting's
		assertThat(this.jdbc.sql("select count(*) from meeting_country mc join meeting m on m.id = mc.meeting_id"
				+ " where mc.start_date is distinct from m.start_date").query(Long.class).single()).isZero();
	}

	@Test
	void generatesTheSlugFromTitleAndDateAndRefusesADuplicate() {
		String body = Bodies.meeting("x", "Kim Yong-jae’s return visit, Part 2").replace("\"slug\": \"x\", ", "");

		Api.Response first = this.api.write("POST", "/api/v1/meetings", body, Api.EDITOR, null);
		Map<String, Long> before = counts();
		Api.Response second = this.api.write("POST", "/api/v1/meetings", body, Api.EDITOR, null);

		assertThat(first.<String>json("$.slug")).isEqualTo("kim-yong-jaes-return-visit-part-2-2019-04-25");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.<String>json("$.detail")).contains("kim-yong-jaes-return-visit-part-2-2019-04-25");
		assertThat(counts()).isEqualTo(before);
	}

	static Stream<Arguments> rejectedWrites() {
		String valid = Bodies.meeting("rejected-write", "Rejected");
		return Stream.of(
				Arguments.of("a blank title", valid.replace("\"title\": \"Rejected\"", "\"title\": \"  \""), 400, "title"),
				Arguments.of("an oversized title", valid.replace("\"Rejected\"", "\"" + "x".repeat(301) + "\""), 400, "title"),
				Arguments.of("an end before the start", valid.replace("\"startDate\"", "\"endDate\": \"2019-04-01\", \"startDate\""), 422, "endDate"),
				Arguments.of("an impossible date", valid.replace("2019-04-25", "2019-02-30"), 400, "startDate"),
				Arguments.of("a malformed date", valid.replace("2019-04-25", "2019-4-25"), 400, "startDate"),
				Arguments.of("month precision with mid-month dates", valid.replace("\"startDate\"", "\"datePrecision\": \"month\", \"startDate\""), 422, "datePrecision"),
				Arguments.of("dates with unknown precision", valid.replace("\"startDate\"", "\"datePrecision\": \"unknown\", \"startDate\""), 422, "datePrecision"),
				Arguments.of("an unknown precision", valid.replace("\"startDate\"", "\"datePrecision\": \"week\", \"startDate\""), 400, "datePrecision"),
				Arguments.of("an unknown status", valid.replace("\"startDate\"", "\"status\": \"rumoured\", \"startDate\""), 400, "status"),
				Arguments.of("an unknown country", valid.replace("\"RUS\"", "\"XYZ\""), 422, "location.country"),
				Arguments.of("an unknown official", valid.replace("vladimir-putin", "vladimir-putn"), 422, "participants[1].official"),
				Arguments.of("an official listed twice", valid.replace("vladimir-putin", "kim-jong-un"), 422, "participants[1].official"),
				Arguments.of("an unknown delegation", valid.replace("\"topics\"", "\"delegation\": \"no-such-visit\", \"topics\""), 422, "delegation"),
				Arguments.of("an unknown CAMEO code", valid.replace("\"042\"", "\"999\""), 422, "kind.code"),
				Arguments.of("no source", valid.replaceAll("\"sources\": \\[.*\\]", "\"sources\": []"), 400, "sources"),
				Arguments.of("a source without a quote", valid.replace("\"quote\": \"Kim and Putin met on Russky Island\", ", ""), 400, "sources[0].quote"),
				Arguments.of("an unknown source slug", valid.replace("\"publisher\": \"Test Wire\"", "\"source\": \"no-such-source\""), 422, "sources[0].source"),
				Arguments.of("an unknown field", valid.replace("\"topics\"", "\"colour\": \"red\", \"topics\""), 400, "colour"),
				Arguments.of("a string for a list", valid.replace("[\"summit\"]", "\"summit\""), 400, "topics"),
				Arguments.of("malformed JSON", valid.substring(0, 40), 400, "body"),
				Arguments.of("a JSON array", "[1, 2]", 400, "body"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedWrites")
	void rejectsABadWriteWithAProblemNamingTheFieldAndChangesNothing(String what, String body, int status, String field) {
		Map<String, Long> before = counts();

		Api.Response created = this.api.write("POST", "/api/v1/meetings", body, Api.EDITOR, null);
		Api.Response replaced = this.api.write("PUT", "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14",
				body.replace("rejected-write", "im-chon-il-igor-morgulov-talks-2019-03-14"), Api.EDITOR, "\"0\"");

		for (Api.Response response : List.of(created, replaced)) {
			assertThat(response.status()).as(what).isEqualTo(status);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.<List<String>>json("$.errors[*].field")).as(what).contains(field);
			assertThat(response.body()).doesNotContain("org.contacttimeline", "SQL", "Exception");
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void requiresTheCurrentETagToReplaceOrDelete() {
		this.api.write("POST", "/api/v1/meetings", Bodies.meeting("etag-check", "ETag check"), Api.EDITOR, null);
		String body = Bodies.meeting("etag-check", "ETag check, edited");

		Api.Response missing = this.api.write("PUT", "/api/v1/meetings/etag-check", body, Api.EDITOR, null);
		Api.Response stale = this.api.write("PUT", "/api/v1/meetings/etag-check", body, Api.EDITOR, "\"7\"");
		Api.Response staleDelete = this.api.write("DELETE", "/api/v1/meetings/etag-check", null, Api.EDITOR, "\"7\"");
		Api.Response missingDelete = this.api.write("DELETE", "/api/v1/meetings/etag-check", null, Api.EDITOR, null);

		assertThat(missing.status()).isEqualTo(428);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.<String>json("$.detail")).contains("\"0\"");
		assertThat(staleDelete.status()).isEqualTo(412);
		assertThat(missingDelete.status()).isEqualTo(428);
		assertThat(this.api.get("/api/v1/meetings/etag-check").<String>json("$.title")).isEqualTo("ETag check");
		assertThat(this.api.get("/api/v1/meetings/etag-check").header("ETag")).isEqualTo("\"0\"");
	}

	@Test
	void givesANewETagWhenOnlyAParticipantsRoleChanges() {
		this.api.write("POST", "/api/v1/meetings", Bodies.meeting("role-change", "Role change"), Api.EDITOR, null);

		Api.Response replaced = this.api.write("PUT", "/api/v1/meetings/role-change",
				Bodies.meeting("role-change", "Role change").replace("\"Russian President\"", "\"President of Russia\""), Api.EDITOR, "\"0\"");

		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
		assertThat(replaced.<String>json("$.participants[1].role")).isEqualTo("President of Russia");
		assertThat(this.api.write("PUT", "/api/v1/meetings/role-change", Bodies.meeting("role-change", "Role change"), Api.EDITOR, "\"0\"").status())
			.isEqualTo(412);
	}

	@Test
	void twoEditorsRacingWithTheSameETagEndWithExactlyOneSuccess() throws Exception {
		this.api.write("POST", "/api/v1/meetings", Bodies.meeting("race", "Race"), Api.EDITOR, null);
		String etag = this.api.get("/api/v1/meetings/race").header("ETag");
		List<Callable<Api.Response>> writes = new ArrayList<>();
		for (String participant : List.of("igor-morgulov", "im-chon-il")) {
			String body = Bodies.meeting("race", "Race won by " + participant).replace("vladimir-putin", participant);
			writes.add(() -> this.api.write("PUT", "/api/v1/meetings/race", body, Api.EDITOR, etag));
		}

		List<Integer> statuses = Race.statuses(writes);

		assertThat(statuses).containsExactlyInAnyOrder(200, 412);
		Api.Response after = this.api.get("/api/v1/meetings/race");
		assertThat(after.header("ETag")).isEqualTo("\"1\"");
		String winner = after.json("$.title");
		assertThat(after.<String>json("$.participants[1].slug")).isEqualTo(winner.substring("Race won by ".length()));
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String table : TABLES.split(", ")) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

}
