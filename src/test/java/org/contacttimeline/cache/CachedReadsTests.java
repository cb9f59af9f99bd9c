package org.contacttimeline.cache;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.contacttimeline.Bodies;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.ContactTimelineApplication;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads are answered from memory while nothing changes, and never with an answer older than the last acknowledged
 * write: whoever wrote it, through this instance, another one on the same database, or SQL.
 */
@ApiTest
@RestoresSeed
class CachedReadsTests {

	private static final String LIST = "/api/v1/meetings?from=2019-04-01&to=2019-04-30";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedPostgres postgres;

	@Test
	void answersTheSameReadAgainWithTheSameBodyAndETagUntilAWriteThenWithTheWrite() {
		Api.Response before = this.api.get(LIST);
		Api.Response again = this.api.get(LIST);

		Api.Response created = this.api.write("POST", "/api/v1/meetings", Bodies.meeting("cached-reads-summit", "Summit in April"),
				Api.EDITOR, null);
		Api.Response after = this.api.get(LIST);

		assertThat(again.body()).isEqualTo(before.body());
		assertThat(again.header("ETag")).isEqualTo(before.header("ETag")).startsWith("W/\"");
		assertThat(created.status()).isEqualTo(201);
		assertThat(after.<List<String>>json("$.items[*].slug")).contains("cached-reads-summit");
		assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
		assertThat(revalidate(LIST, before.header("ETag")).statusCode()).isEqualTo(200);
	}

	@Test
	void neverAnswersAConcurrentReaderWithAnAnswerOlderThanAnAcknowledgedWrite() throws Exception {
		String slug = "cached-reads-race";
		Api.Response created = this.api.write("POST", "/api/v1/meetings", Bodies.meeting(slug, "Title 0"), Api.EDITOR, null);
		assertThat(created.status()).isEqualTo(201);
		String path = "/api/v1/meetings/" + slug;
		String etag = created.header("ETag");
		HttpClient other = HttpClient.newHttpClient();
		AtomicBoolean writing = new AtomicBoolean(true);
		// the number of the last title acknowledged: every read that starts later must show at least that one
		java.util.concurrent.atomic.AtomicInteger acknowledged = new java.util.concurrent.atomic.AtomicInteger();
		ExecutorService readers = Executors.newFixedThreadPool(3);
		List<Future<List<String>>> stale = new ArrayList<>();
		for (String url : List.of(path, LIST, "/api/v1/timeline?from=2019-04-25&to=2019-04-25")) {
			stale.add(readers.submit(() -> {
				List<String> found = new ArrayList<>();
				while (writing.get()) {
					int atLeast = acknowledged.get();
					String body = other.send(HttpRequest.newBuilder(this.api.uri(url)).build(),
							HttpResponse.BodyHandlers.ofString()).body();
					int shown = titleNumber(body);
					if (shown < atLeast) {
						found.add(url + " showed title " + shown + " after title " + atLeast + " was acknowledged");
					}
				}
				return found;
			}));
		}

		for (int i = 1; i <= 30; i++) {
			Api.Response put = this.api.write("PUT", path, Bodies.meeting(slug, "Title " + i), Api.EDITOR, etag);
			assertThat(put.status()).isEqualTo(200);
			acknowledged.set(i);
			etag = put.header("ETag");
			assertThat(this.api.get(path).<String>json("$.title")).as("the writer's own read").isEqualTo("Title " + i);
		}
		writing.set(false);
		readers.shutdown();
		assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		for (Future<List<String>> reader : stale) {
			assertThat(reader.get()).isEmpty();
		}
	}

	@Test
	void seesAWriteMadeWithSqlAtTheNextRead() {
		Api.Response before = this.api.get("/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14");

		this.jdbc.sql("update meeting set summary = 'Changed with psql' where slug = 'im-chon-il-igor-morgulov-talks-2019-03-14'")
			.update();
		Api.Response after = this.api.get("/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14");
		Api.Response list = this.api.get("/api/v1/meetings?date=2019-03-14");

		assertThat(before.<String>json("$.summary")).isNotEqualTo("Changed with psql");
		assertThat(after.<String>json("$.summary")).isEqualTo("Changed with psql");
		assertThat(list.<List<String>>json("$.items[*].summary")).contains("Changed with psql");
		this.jdbc.sql("update meeting set summary = ? where slug = 'im-chon-il-igor-morgulov-talks-2019-03-14'")
			.param(before.<String>json("$.summary"))
			.update();
	}

	@Test
	void seesTheWritesOfAnotherInstanceOnTheSameDatabaseAtOnce() {
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ContactTimelineApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--timeline.security.editor.username=editor",
				"--timeline.security.editor.password=editor-password", "--logging.level.root=warn",
				"--spring.jmx.enabled=false", "--spring.datasource.hikari.maximum-pool-size=3")) {
			String secondBase = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
			Api.Response here = this.api.get(LIST);
			Api.Response there = this.api.get(secondBase + LIST);

			Api.Response createdThere = this.api.write("POST", secondBase + "/api/v1/meetings",
					Bodies.meeting("written-on-the-second-instance", "Summit written elsewhere"), Api.EDITOR, null);
			Api.Response afterHere = this.api.get(LIST);
			Api.Response createdHere = this.api.write("POST", "/api/v1/meetings",
					Bodies.meeting("written-on-the-first-instance", "Summit written here"), Api.EDITOR, null);
			Api.Response afterThere = this.api.get(secondBase + LIST);

			assertThat(there.body()).isEqualTo(here.body());
			assertThat(createdThere.status()).isEqualTo(201);
			assertThat(afterHere.<List<String>>json("$.items[*].slug")).contains("written-on-the-second-instance");
			assertThat(createdHere.status()).isEqualTo(201);
			assertThat(afterThere.<List<String>>json("$.items[*].slug"))
				.contains("written-on-the-first-instance", "written-on-the-second-instance");
		}
	}

	@Test
	void givesEveryWayOfAskingForJsonTheSameETagAndRevalidatesItWithoutAQuery() throws Exception {
		String url = "/api/v1/timeline?from=2019-03-01&to=2019-03-31";
		List<String> etags = new ArrayList<>();
		for (String accept : new String[] { null, "*/*", "application/json", "application/json, text/plain, */*" }) {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.api.uri(url));
			if (accept != null) {
				request.header("Accept", accept);
			}
			etags.add(this.api.send(request.build()).header("ETag"));
		}
		String csv = this.api.send(HttpRequest.newBuilder(this.api.uri(url)).header("Accept", "text/csv").build()).header("ETag");

		assertThat(etags).hasSize(4).allMatch(etags.get(0)::equals);
		assertThat(csv).isNotEqualTo(etags.get(0));
		HttpResponse<String> revalidated = revalidate(url, etags.get(0));
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.headers().firstValue("ETag")).hasValue(etags.get(0));
		assertThat(revalidated.headers().firstValue("Cache-Control")).hasValue("no-cache");
	}

	@Test
	void tellsSharedCachesToRevalidateAndWhatTheAnswerVariesBy() throws Exception {
		for (String url : List.of(LIST, "/api/v1/timeline?from=2019-03-01&to=2019-03-31")) {
			for (String encoding : List.of("gzip", "identity")) {
				HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(this.api.uri(url))
					.header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());

				assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-cache");
				List<String> vary = answer.headers().allValues("Vary").stream()
					.flatMap((v) -> java.util.Arrays.stream(v.split(",")))
					.map((v) -> v.strip().toLowerCase(java.util.Locale.ROOT))
					.toList();
				assertThat(vary).as(url + " " + encoding).contains("accept", "accept-encoding", "origin").doesNotHaveDuplicates();
			}
		}
	}

	@Test
	void answersAHeadFromTheSameAnswerWithoutABody() throws Exception {
		Api.Response get = this.api.get("/api/v1/delegations");
		HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(this.api.uri("/api/v1/delegations"))
			.header("Accept", "application/json").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).hasValue(get.header("ETag"));
		assertThat(head.headers().firstValue("Content-Type")).hasValue(get.header("Content-Type"));
	}

	@Test
	void keepsNoErrorAndGivesItNoETag() {
		Api.Response first = this.api.get("/api/v1/meetings?date=2019-3-5");
		Api.Response missing = this.api.get("/api/v1/meetings/no-such-meeting");

		assertThat(first.status()).isEqualTo(400);
		assertThat(first.header("ETag")).isNull();
		assertThat(first.header("Cache-Control")).isEqualTo("no-store");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("ETag")).isNull();
		assertThat(missing.header("Cache-Control")).isEqualTo("no-store");
	}

	private HttpResponse<String> revalidate(String url, String etag) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(this.api.uri(url)).header("If-None-Match", etag).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The n of "Title n" in an answer, or -1 when none shows. */
	private static int titleNumber(String body) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"Title (\\d+)\"").matcher(body);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
	}

}
