package org.contacttimeline.source;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contacttimeline.Seed.ARTICLE;

/**
 * Reading and curating sources. Everything created here has a slug starting with {@code sat-} and is gone
 * afterwards; the seeded article is only ever the target of refused writes.
 */
@ApiTest
class SourceApiTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	private final String token = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void removeWhatATestLeftBehind() {
		// Only after a failed test is anything left: a passing one deletes what it created through the API.
		this.jdbc.sql("delete from source s where s.slug like 'sat-%' and not exists (select 1 from citation c where c.source_id = s.id)")
			.update();
	}

	@Test
	void showsTheSeededArticleWithWhatCitesItAndItsETag() {
		Api.Response response = this.api.get("/api/v1/sources/" + ARTICLE);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("ETag")).matches("\"\\d+\"");
		assertThat(response.<String>json("$.publisher")).isEqualTo("The Korea Times");
		assertThat(response.<String>json("$.author")).isEqualTo("Yi Whan-woo");
		assertThat(response.<String>json("$.headline")).isEqualTo("N. Korea believed to be desperate to win Russia's support");
		assertThat(response.<List<String>>json("$.citations[?(@.subject == 'meeting')].slug"))
			.contains("im-chon-il-igor-morgulov-talks-2019-03-14");
		assertThat(response.<List<String>>json("$.citations[?(@.subject == 'position')].slug")).contains("im-chon-il");
		assertThat(response.<List<Object>>json("$.citations")).hasSize(citationsOf(ARTICLE));
		assertThat(this.api.get("/api/v1/sources/no-such-source").status()).isEqualTo(404);
	}

	@Test
	void findsAndPagesSourcesByCursorAndLinkHeader() {
		String first = create("sat-a-" + this.token, "Sat Wire", "First " + this.token);
		String second = create("sat-b-" + this.token, "Sat Wire", "Second " + this.token);

		Api.Response page1 = this.api.get("/api/v1/sources?q=" + this.token + "&limit=1");
		Api.Response page2 = this.api.get(page1.header("Link").replaceAll("^<(.*)>; rel=\"next\"$", "$1"));

		assertThat(page1.status()).isEqualTo(200);
		assertThat(page1.<List<String>>json("$.items[*].slug")).containsExactly("sat-a-" + this.token);
		// a list names sources; what cites each is on its own view, so that a page stays small
		assertThat(page1.<Map<String, Object>>json("$.items[0]")).doesNotContainKey("citations");
		assertThat(page1.<String>json("$.next")).isNotNull();
		assertThat(page2.<List<String>>json("$.items[*].slug")).containsExactly("sat-b-" + this.token);
		assertThat(page2.<Object>json("$.next")).isNull();
		assertThat(page2.header("Link")).isNull();
		assertThat(this.api.get("/api/v1/sources?q=korea%20times").<List<String>>json("$.items[*].slug")).contains(ARTICLE);
		assertThat(this.api.get("/api/v1/sources?colour=red").status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/sources?cursor=nonsense").status()).isEqualTo(400);

		delete(first);
		delete(second);
	}

	@Test
	void runsTheSameFewStatementsForOneSourceAsForEight() {
		List<String> created = Stream.of("a", "b", "c").map((n) -> create("sat-" + n + "-" + this.token, "Sat Wire", n))
			.toList();
		// the seeded article is cited many times: the list must not cost a statement per citation either
		long forOne = statementsFor("/api/v1/sources?limit=1");
		long forEight = statementsFor("/api/v1/sources?limit=8");

		assertThat(forOne).isPositive();
		assertThat(forEight).isEqualTo(forOne).isLessThanOrEqualTo(3);

		created.forEach(this::delete);
	}

	@Test
	void createsReadsReplacesAndDeletesASource() {
		Api.Response post = this.api.edit("POST", "/api/v1/sources", null, """
				{"publisher": "Sat News", "headline": "Talks %s begin", "author": "A. Writer",
				 "url": "https://example.org/talks", "publishedOn": "2019-03-15"}""".formatted(this.token));

		String slug = "sat-news-talks-" + this.token + "-begin";
		assertThat(post.status()).isEqualTo(201);
		assertThat(post.header("Location")).isEqualTo(this.api.base() + "/api/v1/sources/" + slug);
		assertThat(post.header("ETag")).matches("\"\\d+\"");
		assertThat(post.<String>json("$.slug")).isEqualTo(slug);
		assertThat(post.<String>json("$.publishedOn")).isEqualTo("2019-03-15");
		assertThat(post.<List<Object>>json("$.citations")).isEmpty();

		Api.Response read = this.api.get(post.header("Location"));

		assertThat(read.body()).isEqualTo(post.body());
		assertThat(read.header("ETag")).isEqualTo(post.header("ETag"));

		ObjectNode edited = read.editable();
		edited.put("headline", "Talks " + this.token + " began");
		edited.putNull("author");

		Api.Response put = this.api.edit("PUT", "/api/v1/sources/" + slug, read.header("ETag"), edited.toString());

		assertThat(put.status()).isEqualTo(200);
		assertThat(put.header("ETag")).isNotEqualTo(read.header("ETag"));
		assertThat(put.<String>json("$.slug")).isEqualTo(slug);
		assertThat(put.<String>json("$.headline")).isEqualTo("Talks " + this.token + " began");
		assertThat(put.<Object>json("$.author")).isNull();

		assertThat(this.api.edit("PUT", "/api/v1/sources/" + slug, read.header("ETag"), edited.toString()).status())
			.isEqualTo(412);
		assertThat(this.api.edit("PUT", "/api/v1/sources/" + slug, null, edited.toString()).status()).isEqualTo(428);
		assertThat(this.api.edit("DELETE", "/api/v1/sources/" + slug, read.header("ETag"), null).status())
			.isEqualTo(412);
		assertThat(this.api.edit("DELETE", "/api/v1/sources/" + slug, null, null).status()).isEqualTo(428);
		assertThat(this.api.get("/api/v1/sources/" + slug).body()).isEqualTo(put.body());

		Api.Response delete = this.api.edit("DELETE", "/api/v1/sources/" + slug, put.header("ETag"), null);

		assertThat(delete.status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/sources/" + slug).status()).isEqualTo(404);

		Api.Response revisions = this.api.get("/api/v1/sources/" + slug + "/revisions");

		assertThat(revisions.status()).isEqualTo(200);
		assertThat(revisions.<List<String>>json("$.items[*].change")).containsExactly("deleted", "updated", "created");
		assertThat(revisions.<List<String>>json("$.items[*].editor")).containsOnly("editor");
		assertThat(revisions.<Object>json("$.items[0].state")).isNull();
		assertThat(revisions.<String>json("$.items[1].state.headline")).isEqualTo("Talks " + this.token + " began");
		assertThat(revisions.<String>json("$.items[2].state.author")).isEqualTo("A. Writer");
		assertThat(revisions.<Map<String, Object>>json("$.items[2].state")).doesNotContainKey("citations");
		assertThat(this.api.get("/api/v1/sources/sat-never-was/revisions").status()).isEqualTo(404);
	}

	@Test
	void renamesASourceToAFreeSlugOnly() {
		String slug = create("sat-old-" + this.token, "Sat Wire", null);
		Api.Response read = this.api.get("/api/v1/sources/" + slug);

		Api.Response taken = this.api.edit("PUT", "/api/v1/sources/" + slug, read.header("ETag"), """
				{"slug": "%s", "publisher": "Sat Wire"}""".formatted(ARTICLE));
		Api.Response renamed = this.api.edit("PUT", "/api/v1/sources/" + slug, read.header("ETag"), """
				{"slug": "sat-new-%s", "publisher": "Sat Wire"}""".formatted(this.token));

		assertThat(taken.status()).isEqualTo(409);
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.<String>json("$.slug")).isEqualTo("sat-new-" + this.token);
		assertThat(this.api.get("/api/v1/sources/" + slug).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/sources/" + slug + "/revisions").<List<String>>json("$.items[*].change"))
			.containsExactly("updated", "created");
		delete("sat-new-" + this.token);
	}

	@Test
	void refusesADuplicateSlug() {
		long before = sources();

		Api.Response response = this.api.edit("POST", "/api/v1/sources", null, """
				{"slug": "%s", "publisher": "Anyone"}""".formatted(ARTICLE));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.<String>json("$.detail")).contains(ARTICLE);
		assertThat(sources()).isEqualTo(before);
	}

	@Test
	void refusesToDeleteASourceStillCitedSayingHowOften() {
		Api.Response seeded = this.api.get("/api/v1/sources/" + ARTICLE);
		long before = sources();
		int cited = citationsOf(ARTICLE);

		Api.Response response = this.api.edit("DELETE", "/api/v1/sources/" + ARTICLE, seeded.header("ETag"), null);

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.<String>json("$.detail")).contains("cited " + cited + " times");
		assertThat(sources()).isEqualTo(before);
		assertThat(this.api.get("/api/v1/sources/" + ARTICLE).body()).isEqualTo(seeded.body());
	}

	@Test
	void refusesAnonymousAndWrongPasswordWrites() {
		Api.Response seeded = this.api.get("/api/v1/sources/" + ARTICLE);
		long before = sources();
		String body = """
				{"slug": "sat-anonymous-%s", "publisher": "Nobody"}""".formatted(this.token);

		List<Api.Response> refused = List.of(
				this.api.write("POST", "/api/v1/sources", body, null, null),
				this.api.write("POST", "/api/v1/sources", body, Api.basic("editor", "wrong"), null),
				this.api.write("PUT", "/api/v1/sources/" + ARTICLE, body, null, seeded.header("ETag")),
				this.api.write("PUT", "/api/v1/sources/" + ARTICLE, body, Api.basic("nobody", "editor-password"), seeded.header("ETag")),
				this.api.write("DELETE", "/api/v1/sources/" + ARTICLE, null, null, seeded.header("ETag")),
				this.api.write("DELETE", "/api/v1/sources/" + ARTICLE, null, Api.basic("editor", "wrong"), seeded.header("ETag")));

		assertThat(refused).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		});
		assertThat(sources()).isEqualTo(before);
		assertThat(this.api.get("/api/v1/sources/" + ARTICLE).body()).isEqualTo(seeded.body());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidSources")
	void rejectsAnInvalidSourceWithAProblemAndChangesNothing(String description, String body, String field) {
		long before = sources();

		Api.Response post = this.api.edit("POST", "/api/v1/sources", null, body.replace("TOKEN", this.token));

		assertThat(post.status()).isEqualTo(400);
		assertThat(post.header("Content-Type")).startsWith("application/problem+json");
		assertThat(post.<List<String>>json("$.errors[*].field")).contains(field);
		assertThat(sources()).isEqualTo(before);

		Api.Response seeded = this.api.get("/api/v1/sources/" + ARTICLE);
		Api.Response put = this.api.edit("PUT", "/api/v1/sources/" + ARTICLE, seeded.header("ETag"),
				body.replace("TOKEN", this.token));

		assertThat(put.status()).isEqualTo(400);
		assertThat(put.<List<String>>json("$.errors[*].field")).contains(field);
		assertThat(this.api.get("/api/v1/sources/" + ARTICLE).body()).isEqualTo(seeded.body());
	}

	static Stream<Arguments> invalidSources() {
		return Stream.of(
				Arguments.of("blank publisher", """
						{"slug": "sat-x-TOKEN", "publisher": ""}""", "publisher"),
				Arguments.of("missing publisher", """
						{"slug": "sat-x-TOKEN", "headline": "Something"}""", "publisher"),
				Arguments.of("url that is not http", """
						{"slug": "sat-x-TOKEN", "publisher": "Sat", "url": "ftp://example.org/x"}""", "url"),
				Arguments.of("malformed slug", """
						{"slug": "Sat X", "publisher": "Sat"}""", "slug"),
				Arguments.of("date that does not exist", """
						{"slug": "sat-x-TOKEN", "publisher": "Sat", "publishedOn": "2019-13-01"}""", "publishedOn"),
				Arguments.of("malformed JSON", """
						{"slug": "sat-x-TOKEN", "publisher": "Sat\"""", "body"),
				Arguments.of("unknown field", """
						{"slug": "sat-x-TOKEN", "publisher": "Sat", "page": 3}""", "page"),
				Arguments.of("oversized headline", """
						{"slug": "sat-x-TOKEN", "publisher": "Sat", "headline": "%s"}""".formatted("x".repeat(501)),
						"headline"));
	}

	private String create(String slug, String publisher, String headline) {
		Api.Response response = this.api.edit("POST", "/api/v1/sources", null, """
				{"slug": "%s", "publisher": "%s", "headline": %s}""".formatted(slug, publisher,
				headline != null ? "\"" + headline + "\"" : "null"));
		assertThat(response.status()).isEqualTo(201);
		return slug;
	}

	private void delete(String slug) {
		Api.Response read = this.api.get("/api/v1/sources/" + slug);
		assertThat(this.api.edit("DELETE", "/api/v1/sources/" + slug, read.header("ETag"), null).status())
			.isEqualTo(204);
	}

	private long statementsFor(String url) {
		this.api.get(url);
		this.statements.reset();
		Api.Response response = this.api.get(url);
		assertThat(response.status()).isEqualTo(200);
		return this.statements.count();
	}

	private long sources() {
		return this.jdbc.sql("select count(*) from source").query(Long.class).single();
	}

	private int citationsOf(String slug) {
		return this.jdbc.sql("""
				select (select count(*) from citation c join source s on s.id = c.source_id where s.slug = :slug)
				     + (select count(*) from delegation_reported_dates r join source s on s.id = r.source_id where s.slug = :slug)""")
			.param("slug", slug)
			.query(Integer.class)
			.single();
	}

}
