package org.contacttimeline.admission;

import org.contacttimeline.admission.ExpensiveRequest;
import org.contacttimeline.admission.ExpensiveRequests;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No request holds the database for long: a statement past the statement timeout is stopped and answered with a 503
 * that says to narrow the filter, and expensive requests beyond the cap are turned away with 503 and Retry-After
 * while cheap ones still answer. Slowness is made for real: another session holds a lock the statements must wait
 * for, as a long write or a migration would.
 */
@ApiTest
class BoundedWorkTests {

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void stopsAStatementPastTheTimeoutWithAProblemThatSaysToNarrowTheFilter() throws Exception {
		Api.Response response;
		try (Connection locker = this.dataSource.getConnection()) {
			locker.setAutoCommit(false);
			try (Statement statement = locker.createStatement()) {
				statement.execute("lock table meeting in access exclusive mode");
			}

			// read, not answered from an answer kept by an earlier test that asked the same
			response = this.api.send(java.net.http.HttpRequest.newBuilder(URI.create(this.api.base() + "/api/v1/meetings?country=KP&country=RU"))
				.header("Cache-Control", "no-cache")
				.build());

			locker.rollback();
		}

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Retry-After")).matches("\\d+");
		assertThat(response.<String>json("$.detail")).contains("Narrow the filter").doesNotContain("SQL", "Exception");
		assertThat(response.<String>json("$.requestId")).isEqualTo(response.header("X-Request-Id"));
		assertThat(this.api.get("/api/v1/meetings?country=KP&country=RU").status()).isEqualTo(200);
	}

	@Test
	void turnsAwayExpensiveRequestsBeyondTheCapWhileCheapOnesAnswer() throws Exception {
		int cap = 4;
		int sent = cap + 4;
		ExecutorService clients = Executors.newFixedThreadPool(sent);
		CompletionService<Api.Response> answers = new ExecutorCompletionService<>(clients);
		List<Future<Api.Response>> searches = new ArrayList<>();
		List<Api.Response> turnedAway = new ArrayList<>();
		Api.Response cheap;
		try (Connection locker = this.dataSource.getConnection()) {
			locker.setAutoCommit(false);
			try (Statement statement = locker.createStatement()) {
				// the searches hold their places while they wait for this lock; the cheap request reads other tables
				statement.execute("lock table official in access exclusive mode");
			}
			for (int i = 0; i < sent; i++) {
				searches.add(answers.submit(() -> this.api.get("/api/v1/officials?q=kim")));
			}
			// the ones beyond the cap come back after the queue wait (1 s), while the admitted ones wait for the lock
			for (int i = 0; i < sent - cap; i++) {
				Future<Api.Response> answered = answers.poll(10, TimeUnit.SECONDS);
				if (answered != null) {
					turnedAway.add(answered.get());
				}
			}
			cheap = this.api.get("/api/v1/organizations"); // read from the database, beside the locked table

			locker.rollback();
		}
		List<Api.Response> all = new ArrayList<>();
		for (Future<Api.Response> search : searches) {
			all.add(search.get(30, TimeUnit.SECONDS));
		}
		clients.shutdown();

		assertThat(cheap.status()).isEqualTo(200);
		assertThat(turnedAway).hasSize(sent - cap).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(503);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.header("Retry-After")).matches("\\d+");
			assertThat(response.<String>json("$.title")).isEqualTo("Busy with expensive requests");
			assertThat(response.<String>json("$.detail")).contains("busy with expensive requests", "too many exports, text searches");
		});
		assertThat(all).extracting(Api.Response::status).containsOnly(200, 503).filteredOn((status) -> status == 200)
			.hasSize(cap);
	}

	@Test
	void capsEverySpellingOfAnExpensiveRequestWhileCheapReadsAndReadinessStayUp() throws Exception {
		int cap = 4;
		List<java.net.http.HttpRequest> spellings = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			spellings.add(read("GET", "/api/v1/meetings?%66ormat=csv&country=KP"));
			spellings.add(read("HEAD", "/api/v1/meetings?format=csv&country=RU"));
			spellings.add(read("GET", "/api/v1/meetings?%71=moscow"));
			spellings.add(read("GET", "/api/v1/netw%6Frk?country=KP"));
		}
		ExecutorService clients = Executors.newFixedThreadPool(spellings.size());
		CompletionService<Api.Response> answers = new ExecutorCompletionService<>(clients);
		List<Future<Api.Response>> sent = new ArrayList<>();
		List<Api.Response> turnedAway = new ArrayList<>();
		Api.Response cheap;
		Api.Response readiness;
		try (Connection locker = this.dataSource.getConnection()) {
			locker.setAutoCommit(false);
			try (Statement statement = locker.createStatement()) {
				statement.execute("lock table meeting in access exclusive mode"); // the admitted ones wait here
			}
			for (java.net.http.HttpRequest request : spellings) {
				sent.add(answers.submit(() -> this.api.send(request)));
			}
			for (int i = 0; i < spellings.size() - cap; i++) {
				Future<Api.Response> answered = answers.poll(10, TimeUnit.SECONDS);
				if (answered != null) {
					turnedAway.add(answered.get());
				}
			}
			cheap = this.api.send(read("GET", "/api/v1/organizations"));
			readiness = this.api.get("/actuator/health/readiness");

			locker.rollback();
		}
		for (Future<Api.Response> answer : sent) {
			answer.get(30, TimeUnit.SECONDS);
		}
		clients.shutdown();

		assertThat(turnedAway).hasSize(spellings.size() - cap).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(503);
			assertThat(response.header("Retry-After")).matches("\\d+");
			if (!response.body().isEmpty()) { // a HEAD is answered without its body
				assertThat(response.<String>json("$.title")).isEqualTo("Busy with expensive requests");
			}
		});
		assertThat(cheap.status()).isEqualTo(200);
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.body()).contains("UP");
	}

	/** A read that skips the answers kept in memory, so that it reaches the cap. */
	private java.net.http.HttpRequest read(String method, String path) {
		return java.net.http.HttpRequest.newBuilder(this.api.uri(path))
			.method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
			.header("Cache-Control", "no-cache")
			.build();
	}

	@Test
	void sendsAnExpensiveAnswerKeptInMemoryAgainWhileTheCapIsFull() throws Exception {
		int cap = 4;
		Api.Response first = this.api.get("/api/v1/officials?q=kozlov"); // a search, made once and kept
		assertThat(first.status()).isEqualTo(200);
		ExecutorService clients = Executors.newFixedThreadPool(cap);
		List<Future<Api.Response>> searches = new ArrayList<>();
		Api.Response again;
		long tookMillis;
		try (Connection locker = this.dataSource.getConnection()) {
			locker.setAutoCommit(false);
			try (Statement statement = locker.createStatement()) {
				statement.execute("lock table official in access exclusive mode");
			}
			for (int i = 0; i < cap; i++) {
				String query = "/api/v1/officials?q=kim" + i; // another search each, not answered before
				searches.add(clients.submit(() -> this.api.get(query)));
			}
			awaitWaitingForTheLock(locker, cap); // every place under the cap is taken

			long started = System.nanoTime();
			again = this.api.get("/api/v1/officials?q=kozlov");
			tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

			locker.rollback();
		}
		for (Future<Api.Response> search : searches) {
			assertThat(search.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
		}
		clients.shutdown();

		// not held back for a place (the queue waits 1 s, then answers 503): sent from memory at once
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(tookMillis).isLessThan(1000);
	}

	/** Waits until {@code sessions} statements of other sessions wait for a lock the locker holds. */
	private static void awaitWaitingForTheLock(Connection locker, int sessions) throws Exception {
		try (Statement statement = locker.createStatement()) {
			for (int polls = 0; polls < 100_000; polls++) {
				statement.execute("select pg_stat_clear_snapshot()"); // a transaction otherwise sees one snapshot of it
				try (java.sql.ResultSet waiting = statement.executeQuery(
						"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
					waiting.next();
					if (waiting.getInt(1) >= sessions) {
						return;
					}
				}
			}
		}
		throw new AssertionError("the searches did not reach the locked table");
	}

	@Test
	void countsWholeExportsAndSearchesAsExpensiveButNotPagesOrSlugs() throws Exception {
		ExpensiveRequests requests = new ExpensiveRequests();
		ExpensiveRequest export = requests.wholeExport();
		ExpensiveRequest search = requests.textSearch();

		assertThat(export.matches(request("/api/v1/meetings", "format=csv"))).isTrue();
		assertThat(export.matches(request("/api/v1/timeline", "format=ics&country=KP"))).isTrue();
		assertThat(export.matches(request("/api/v1/popolo", null))).isTrue();
		assertThat(export.matches(request("/api/v1/meetings", "format=csv&limit=50"))).isFalse();
		assertThat(export.matches(request("/api/v1/meetings", "format=json"))).isFalse();
		assertThat(export.matches(request("/api/v1/meetings/some-slug", null))).isFalse();
		assertThat(search.matches(request("/api/v1/meetings", "q=kozlov"))).isTrue();
		assertThat(search.matches(request("/api/v1/meetings", "q=%20"))).isFalse();
		assertThat(search.matches(request("/api/v1/meetings", "country=KP"))).isFalse();
		assertThat(ExpensiveRequest.under("/api/v1/network").matches(request("/api/v1/network/kim", null))).isTrue();
		assertThat(ExpensiveRequest.under("/api/v1/network").matches(request("/api/v1/networks", null))).isFalse();
		// other spellings of the same requests, as Spring MVC reads them
		assertThat(export.matches(request("/api/v1/meetings", "%66ormat=csv"))).isTrue();
		assertThat(export.matches(request("/api/v1/meetings", "format=csv&%6Cimit=5"))).isFalse();
		assertThat(export.matches(request("/api/v1/popo%6Co", null))).isTrue();
		assertThat(search.matches(request("/api/v1/meetings", "%71=moscow"))).isTrue();
		assertThat(search.matches(request("/api/v1/meetings", "q=%ZZ&q=kim"))).isTrue();
		assertThat(ExpensiveRequest.under("/api/v1/network").matches(request("/api/v1/netw%6Frk", null))).isTrue();
		assertThat(ExpensiveRequest.under("/api/v1/network").matches(request("/api/v1/network;x=1", null))).isTrue();
	}

	private static org.springframework.mock.web.MockHttpServletRequest request(String path, String query) {
		org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest("GET", path);
		if (query != null) {
			request.setQueryString(query);
			for (String pair : query.split("&")) {
				String[] parts = pair.split("=", 2);
				request.addParameter(parts[0], parts[1]); // unused by the rules: they read the query string
			}
		}
		return request;
	}

}
