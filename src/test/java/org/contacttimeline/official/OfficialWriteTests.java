package org.contacttimeline.official;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.IfMatch;
import org.contacttimeline.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contacttimeline.Seed.ARTICLE;

/**
 * Curating officials: create, replace and delete with If-Match, every refusal a problem that changes nothing, and
 * the history of each write. Everything created here has a slug starting with {@code owt-} and is gone afterwards;
 * the seeded officials are only ever the target of refused writes.
 */
@ApiTest
class OfficialWriteTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private final String token = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void removeWhatATestLeftBehind() {
		// Only after a failed test is anything left: a passing one deletes what it created through the API.
		this.jdbc.sql("delete from official where slug like 'owt-%'").update();
		this.jdbc.sql("delete from source s where s.slug like 'owt-%' and not exists (select 1 from citation c where c.source_id = s.id)")
			.update();
	}

	@Test
	void createsReadsReplacesAndDeletesAnOfficialWithCitedPositions() {
		String source = "owt-wire-" + this.token;
		String created = """
				{"name": "Owt Ri Son-gwon %1$s", "originalName": "리선권", "country": "prk",
				 "positions": [
				   {"title": "Chairman", "organization": {"slug": "kp-workers-party-central-committee"},
				    "startDate": "2018-01-01", "endDate": "2019-12-31", "note": "Dates rounded to the year.",
				    "sources": [{"source": "%2$s", "quote": "Chairman Ri said so", "claim": "title"}]},
				   {"title": "Foreign Minister", "organization": "kp-ministry-of-foreign-affairs", "startDate": "2020-01-18",
				    "sources": [{"publisher": "Owt Wire", "headline": "%3$s", "url": "https://example.org/%3$s",
				                 "publishedOn": "2020-01-18", "quote": "Ri was named foreign minister"}]},
				   {"title": "Negotiator", "organization": null}
				 ]}""".formatted(this.token, ARTICLE, source);

		Api.Response post = this.api.edit("POST", "/api/v1/officials", null, created);

		String slug = "owt-ri-son-gwon-" + this.token;
		assertThat(post.status()).isEqualTo(201);
		assertThat(post.header("Location")).isEqualTo(this.api.base() + "/api/v1/officials/" + slug);
		assertThat(post.header("ETag")).matches("\"\\d+\"");
		assertThat(post.<String>json("$.slug")).isEqualTo(slug);
		assertThat(post.<String>json("$.country")).isEqualTo("KP");
		assertThat(post.<List<String>>json("$.positions[*].title")).containsExactly("Chairman", "Foreign Minister",
				"Negotiator");
		assertThat(post.<String>json("$.positions[0].organization.name"))
			.isEqualTo("Central Committee of the Workers' Party of Korea");
		assertThat(post.<String>json("$.positions[0].sources[0].publisher")).isEqualTo("The Korea Times");
		assertThat(post.<String>json("$.positions[1].sources[0].url")).isEqualTo("https://example.org/" + source);
		assertThat(post.<Object>json("$.positions[2].organization")).isNull();
		assertThat(post.<List<Object>>json("$.meetings")).isEmpty();

		Api.Response read = this.api.get(post.header("Location"));

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).isEqualTo(post.body());
		assertThat(read.header("ETag")).isEqualTo(post.header("ETag"));

		// The GET body, edited and sent back: a new name, the middle position dropped, the last one dated.
		ObjectNode edited = read.editable();
		edited.put("name", "Owt Ri Son-gwon (edited)");
		((ArrayNode) edited.get("positions")).remove(1);
		((ObjectNode) edited.get("positions").get(1)).put("startDate", "2022-06-01");

		Api.Response put = this.api.edit("PUT", "/api/v1/officials/" + slug, read.header("ETag"), edited.toString());

		assertThat(put.status()).isEqualTo(200);
		assertThat(put.header("ETag")).isNotEqualTo(read.header("ETag"));
		assertThat(put.<String>json("$.name")).isEqualTo("Owt Ri Son-gwon (edited)");
		assertThat(put.<List<String>>json("$.positions[*].title")).containsExactly("Chairman", "Negotiator");
		assertThat(put.<String>json("$.positions[0].sources[0].quote")).isEqualTo("Chairman Ri said so");
		assertThat(put.<String>json("$.positions[1].startDate")).isEqualTo("2022-06-01");
		assertThat(this.api.get("/api/v1/officials/" + slug).body()).isEqualTo(put.body());

		Api.Response stale = this.api.edit("PUT", "/api/v1/officials/" + slug, read.header("ETag"), edited.toString());
		Api.Response missing = this.api.edit("PUT", "/api/v1/officials/" + slug, null, edited.toString());
		Api.Response staleDelete = this.api.edit("DELETE", "/api/v1/officials/" + slug, read.header("ETag"), null);
		Api.Response missingDelete = this.api.edit("DELETE", "/api/v1/officials/" + slug, null, null);

		IfMatch.assertRefused(List.of(stale, staleDelete), List.of(missing, missingDelete));
		assertThat(this.api.get("/api/v1/officials/" + slug).body()).isEqualTo(put.body());

		Api.Response delete = this.api.edit("DELETE", "/api/v1/officials/" + slug, put.header("ETag"), null);

		assertThat(delete.status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/officials/" + slug).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from citation where quote like 'Chairman Ri said so'").query(Long.class)
			.single()).isZero();

		Api.Response revisions = this.api.get("/api/v1/officials/" + slug + "/revisions");

		assertThat(revisions.status()).isEqualTo(200);
		assertThat(revisions.<List<String>>json("$.items[*].change")).containsExactly("deleted", "updated", "created");
		assertThat(revisions.<List<String>>json("$.items[*].editor")).containsOnly("editor");
		assertThat(revisions.<Object>json("$.items[0].state")).isNull();
		assertThat(revisions.<String>json("$.items[1].state.name")).isEqualTo("Owt Ri Son-gwon (edited)");
		assertThat(revisions.<List<String>>json("$.items[1].state.positions[*].title")).containsExactly("Chairman",
				"Negotiator");
		assertThat(revisions.<String>json("$.items[2].state.name")).isEqualTo("Owt Ri Son-gwon " + this.token);
		assertThat(revisions.<List<String>>json("$.items[2].state.positions[*].title")).containsExactly("Chairman",
				"Foreign Minister", "Negotiator");
		assertThat(revisions.<String>json("$.items[2].state.positions[1].sources[0].quote"))
			.isEqualTo("Ri was named foreign minister");
		assertThat(revisions.<java.util.Map<String, Object>>json("$.items[2].state")).doesNotContainKey("meetings");

		// The source the position described is no longer cited, so it can go too.
		String sourceSlug = this.jdbc.sql("select slug from source where headline = :headline").param("headline", source)
			.query(String.class).single();
		Api.Response sourceRead = this.api.get("/api/v1/sources/" + sourceSlug);
		assertThat(this.api.edit("DELETE", "/api/v1/sources/" + sourceSlug, sourceRead.header("ETag"), null).status())
			.isEqualTo(204);
	}

	@Test
	void generatesTheSlugFromTheNameAndRefusesOneTaken() {
		Counts before = counts();

		Api.Response generated = this.api.edit("POST", "/api/v1/officials", null, """
				{"name": "Im Chon-il", "country": "KP"}""");
		Api.Response given = this.api.edit("POST", "/api/v1/officials", null, """
				{"slug": "kim-jong-un", "name": "Someone else", "country": "KP"}""");

		assertThat(generated.status()).isEqualTo(409);
		assertThat(generated.<String>json("$.detail")).contains("'im-chon-il'");
		assertThat(given.status()).isEqualTo(409);
		assertThat(given.header("Content-Type")).startsWith("application/problem+json");
		assertThat(counts()).isEqualTo(before);

		Api.Response created = this.api.edit("POST", "/api/v1/officials", null, """
				{"name": "Owt Ŏ Chŏng-nam %s", "country": "KOR"}""".formatted(this.token));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<String>json("$.slug")).isEqualTo("owt-o-chong-nam-" + this.token);

		Api.Response renamed = this.api.edit("PUT", "/api/v1/officials/owt-o-chong-nam-" + this.token,
				created.header("ETag"), """
						{"slug": "im-chon-il", "name": "Owt", "country": "KR"}""");

		assertThat(renamed.status()).isEqualTo(409);
		assertThat(this.api.get("/api/v1/officials/im-chon-il").<String>json("$.name")).isEqualTo("Im Chon-il");
		assertThat(this.api.edit("DELETE", "/api/v1/officials/owt-o-chong-nam-" + this.token, created.header("ETag"),
				null).status()).isEqualTo(204);
	}

	@Test
	void refusesAnonymousAndWrongPasswordWrites() {
		Api.Response seeded = this.api.get("/api/v1/officials/im-chon-il");
		Counts before = counts();
		String body = """
				{"slug": "owt-anonymous-%s", "name": "Nobody", "country": "KP"}""".formatted(this.token);

		List<Api.Response> refused = List.of(
				this.api.write("POST", "/api/v1/officials", body, null, null),
				this.api.write("POST", "/api/v1/officials", body, Api.basic("editor", "wrong"), null),
				this.api.write("PUT", "/api/v1/officials/im-chon-il", body, null, seeded.header("ETag")),
				this.api.write("PUT", "/api/v1/officials/im-chon-il", body, Api.basic("editor", "wrong"), seeded.header("ETag")),
				this.api.write("DELETE", "/api/v1/officials/im-chon-il", null, null, seeded.header("ETag")),
				this.api.write("DELETE", "/api/v1/officials/im-chon-il", null, Api.basic("editor", "wrong"), seeded.header("ETag")));

		assertThat(refused).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		});
		assertThat(counts()).isEqualTo(before);
		assertThat(this.api.get("/api/v1/officials/im-chon-il").body()).isEqualTo(seeded.body());
	}

	@Test
	void refusesToDeleteAnOfficialWhoTookPartInAMeeting() {
		Api.Response seeded = this.api.get("/api/v1/officials/im-chon-il");
		Counts before = counts();

		Api.Response delete = this.api.edit("DELETE", "/api/v1/officials/im-chon-il", seeded.header("ETag"), null);

		assertThat(delete.status()).isEqualTo(409);
		assertThat(delete.header("Content-Type")).startsWith("application/problem+json");
		assertThat(delete.<String>json("$.detail")).contains("im-chon-il-igor-morgulov-talks-2019-03-14");
		for (String meeting : seeded.<List<String>>json("$.meetings[*].slug")) {
			assertThat(delete.<String>json("$.detail")).contains(meeting);
		}
		assertThat(counts()).isEqualTo(before);
		Api.Response after = this.api.get("/api/v1/officials/im-chon-il");
		assertThat(after.body()).isEqualTo(seeded.body());
		assertThat(after.header("ETag")).isEqualTo(seeded.header("ETag"));
	}

	@Test
	void twoEditorsRacingWithTheSameETagEndWithExactlyOneSuccess() throws Exception {
		String slug = "owt-race-" + this.token;
		String etag = this.api.edit("POST", "/api/v1/officials", null, """
				{"slug": "%s", "name": "Owt Race", "country": "KP", "positions": [{"title": "Runner"}]}""".formatted(slug))
			.header("ETag");
		List<Callable<Api.Response>> writes = new ArrayList<>();
		for (String title : List.of("Winner A", "Winner B")) {
			String body = """
					{"slug": "%s", "name": "Owt Race won by %s", "country": "KP", "positions": [{"title": "%s"}]}"""
				.formatted(slug, title, title);
			writes.add(() -> this.api.edit("PUT", "/api/v1/officials/" + slug, etag, body));
		}

		List<Integer> statuses = Race.statuses(writes);

		assertThat(statuses).containsExactlyInAnyOrder(200, 412);
		Api.Response after = this.api.get("/api/v1/officials/" + slug);
		assertThat(after.<String>json("$.name")).isEqualTo("Owt Race won by " + after.json("$.positions[0].title"));
		assertThat(after.<List<Object>>json("$.positions")).hasSize(1);
		assertThat(this.api.edit("DELETE", "/api/v1/officials/" + slug, after.header("ETag"), null).status()).isEqualTo(204);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidOfficials")
	void rejectsAnInvalidOfficialWithAProblemAndChangesNothing(String description, String body, int status,
			String field) {
		Counts before = counts();

		Api.Response response = this.api.edit("POST", "/api/v1/officials", null, body.replace("TOKEN", this.token));

		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.<List<String>>json("$.errors[*].field")).contains(field);
		assertThat(counts()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidOfficials")
	void rejectsAnInvalidReplacementWithAProblemAndChangesNothing(String description, String body, int status,
			String field) {
		Api.Response created = this.api.edit("POST", "/api/v1/officials", null, """
				{"slug": "owt-target-%s", "name": "Owt Target", "country": "KP",
				 "positions": [{"title": "Envoy", "sources": [{"source": "%s", "quote": "an envoy"}]}]}"""
			.formatted(this.token, ARTICLE));
		assertThat(created.status()).isEqualTo(201);
		Counts before = counts();

		Api.Response response = this.api.edit("PUT", "/api/v1/officials/owt-target-" + this.token,
				created.header("ETag"), body.replace("TOKEN", this.token));

		assertThat(response.status()).isEqualTo(status);
		assertThat(response.<List<String>>json("$.errors[*].field")).contains(field);
		assertThat(counts()).isEqualTo(before);
		Api.Response after = this.api.get("/api/v1/officials/owt-target-" + this.token);
		assertThat(after.body()).isEqualTo(created.body());
		assertThat(after.header("ETag")).isEqualTo(created.header("ETag"));
		assertThat(this.api.edit("DELETE", "/api/v1/officials/owt-target-" + this.token, created.header("ETag"),
				null).status()).isEqualTo(204);
	}

	static Stream<Arguments> invalidOfficials() {
		return Stream.of(
				Arguments.of("blank name", """
						{"slug": "owt-x-TOKEN", "name": " ", "country": "KP"}""", 400, "name"),
				Arguments.of("missing country", """
						{"slug": "owt-x-TOKEN", "name": "Owt X"}""", 400, "country"),
				Arguments.of("unknown country", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "XX"}""", 422, "country"),
				Arguments.of("malformed slug", """
						{"slug": "Owt X", "name": "Owt X", "country": "KP"}""", 400, "slug"),
				Arguments.of("unknown organization", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "KP",
						 "positions": [{"title": "Minister", "organization": "kp-ministry-of-magic"}]}""", 422,
						"positions[0].organization"),
				Arguments.of("position ending before it starts", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "KP",
						 "positions": [{"title": "Minister", "startDate": "2019-03-14", "endDate": "2019-03-13"}]}""", 422,
						"positions[0].endDate"),
				Arguments.of("blank position title", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "KP", "positions": [{"title": ""}]}""", 400,
						"positions[0].title"),
				Arguments.of("unknown source", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "KP",
						 "positions": [{"title": "Minister", "sources": [{"source": "owt-nowhere", "quote": "q"}]}]}""",
						422, "positions[0].sources[0].source"),
				Arguments.of("citation without a quote", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "KP",
						 "positions": [{"title": "Minister", "sources": [{"publisher": "Owt Wire"}]}]}""", 400,
						"positions[0].sources[0].quote"),
				Arguments.of("a new source described, and a rule broken elsewhere", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "KP",
						 "positions": [{"title": "Minister", "sources": [{"publisher": "Owt Wire", "headline": "owt-TOKEN",
						                                                  "quote": "q"}]},
						               {"title": "Envoy", "organization": {"slug": "kp-ministry-of-magic"}}]}""", 422,
						"positions[1].organization"),
				Arguments.of("malformed JSON", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": """, 400, "body"),
				Arguments.of("unknown field", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "KP", "nickname": "X"}""", 400, "nickname"),
				Arguments.of("date that does not exist", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "KP",
						 "positions": [{"title": "Minister", "startDate": "2019-02-30"}]}""", 400,
						"positions[0].startDate"),
				Arguments.of("oversized name", """
						{"slug": "owt-x-TOKEN", "name": "%s", "country": "KP"}""".formatted("x".repeat(301)), 400,
						"name"),
				Arguments.of("oversized position note", """
						{"slug": "owt-x-TOKEN", "name": "Owt X", "country": "KP",
						 "positions": [{"title": "Minister", "note": "%s"}]}""".formatted("x".repeat(5001)), 400,
						"positions[0].note"));
	}

	private Counts counts() {
		return this.jdbc.sql("""
				select (select count(*) from official) as officials, (select count(*) from position) as positions,
				       (select count(*) from citation) as citations, (select count(*) from source) as sources""")
			.query(Counts.class)
			.single();
	}

	record Counts(long officials, long positions, long citations, long sources) {
	}

}
