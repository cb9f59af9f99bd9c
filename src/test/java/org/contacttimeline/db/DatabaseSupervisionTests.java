package org.contacttimeline.db;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.contacttimeline.ContactTimelineApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL server killed with SIGKILL (as the out-of-memory killer would) while editors write: the
 * service starts it again on the same folder by itself, answers 503 problems with Retry-After meanwhile, and keeps
 * every write it acknowledged. When the server cannot come back, liveness turns DOWN.
 */
class DatabaseSupervisionTests {

	private final ServiceHttp http = new ServiceHttp();

	@Test
	void startsAKilledServerAgainUnderWritesAndKeepsEveryAcknowledgedWrite() throws Exception {
		Path dataDir = TargetFolder.fresh("supervision-pgdata");
		ConfigurableApplicationContext app = start(dataDir, "--timeline.embedded-db.restart-timeout=60s");
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		List<String> unavailableWithoutRetryAfter = new ArrayList<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger sequence = new AtomicInteger();
		Semaphore acknowledgements = new Semaphore(0);
		ExecutorService editors = Executors.newFixedThreadPool(4);
		try {
			for (int i = 0; i < 4; i++) {
				editors.submit(() -> {
					while (writing.get()) {
						String slug = "supervision-" + sequence.incrementAndGet();
						try {
							HttpResponse<String> response = post(base, slug);
							statuses.computeIfAbsent(response.statusCode(), (s) -> new AtomicInteger()).incrementAndGet();
							if (response.statusCode() == 201) {
								acknowledged.put(slug, 201);
								acknowledgements.release();
							}
							else if (response.statusCode() == 503
									&& (response.headers().firstValue("Retry-After").isEmpty()
											|| !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"))) {
								unavailableWithoutRetryAfter.add(slug);
							}
						}
						catch (Exception ex) {
							statuses.computeIfAbsent(-1, (s) -> new AtomicInteger()).incrementAndGet();
						}
					}
					return null;
				});
			}
			assertThat(acknowledgements.tryAcquire(20, 2, TimeUnit.MINUTES)).as("20 writes before the kill").isTrue();

			String written = acknowledged.keySet().iterator().next();
			long pid = ServerProcess.pid(dataDir).orElseThrow();
			long killed = System.nanoTime();
			ProcessHandle.of(pid).orElseThrow().destroyForcibly();

			HttpResponse<String> during = this.http.get(base + "/api/v1/meetings?country=KP");
			long recovered = awaitStatus(base + "/api/v1/meetings/" + written, 200, Duration.ofSeconds(60));
			long recoveryMillis = TimeUnit.NANOSECONDS.toMillis(recovered - killed);
			acknowledgements.drainPermits();
			assertThat(acknowledgements.tryAcquire(20, 1, TimeUnit.MINUTES)).as("20 writes after the restart").isTrue();
			writing.set(false);
			editors.shutdown();
			assertThat(editors.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

			System.out.printf("Supervised restart: service answered again %d ms after kill -9; statuses %s%n", recoveryMillis,
					statuses);
			assertThat(ServerProcess.pid(dataDir).orElseThrow()).isNotEqualTo(pid);
			assertThat(during.statusCode()).isIn(200, 503);
			assertThat(recoveryMillis).as("ms from kill -9 to answering again").isLessThan(60_000);
			// 409: two editors locking the same official at once (one gives up after its lock timeout), never a 500
			assertThat(statuses.keySet()).as("statuses").allMatch((status) -> status == 201 || status == 503 || status == 409);
			assertThat(unavailableWithoutRetryAfter).isEmpty();
			for (String slug : acknowledged.keySet()) {
				assertThat(this.http.get(base + "/api/v1/meetings/" + slug).statusCode()).as(slug).isEqualTo(200);
			}
			assertThat(this.http.get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(this.http.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(app.getBean(EmbeddedDatabase.class).restarts()).isEqualTo(1);
		}
		finally {
			writing.set(false);
			editors.shutdownNow();
			app.close();
		}
		assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).as("the restarted server stopped with the service").isFalse();
	}

	@Test
	void turnsLivenessDownWhenTheServerCannotComeBackAndUpWhenItDoes() throws Exception {
		Path dataDir = TargetFolder.fresh("supervision-broken-pgdata");
		ConfigurableApplicationContext app = start(dataDir, "--timeline.embedded-db.restart-timeout=2s");
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		Path config = dataDir.resolve("postgresql.conf");
		String healthy = Files.readString(config);
		try {
			Files.writeString(config, "\nthis line is not a setting\n", StandardOpenOption.APPEND);
			ProcessHandle.of(ServerProcess.pid(dataDir).orElseThrow()).orElseThrow().destroyForcibly();

			assertThat(awaitStatus(base + "/actuator/health/liveness", 503, Duration.ofSeconds(60))).isPositive();
			HttpResponse<String> read = this.http.get(base + "/api/v1/meetings?country=KP");
			assertThat(read.statusCode()).isEqualTo(503);
			assertThat(read.headers().firstValue("Retry-After")).isPresent();

			Files.writeString(config, healthy);

			assertThat(awaitStatus(base + "/actuator/health/liveness", 200, Duration.ofSeconds(60))).isPositive();
			assertThat(awaitStatus(base + "/api/v1/meetings?country=KP", 200, Duration.ofSeconds(30))).isPositive();
		}
		finally {
			Files.writeString(config, healthy);
			app.close();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir, String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--timeline.embedded-db.data-dir=" + dataDir,
				"--timeline.security.editor.username=editor", "--timeline.security.editor.password=editor-password",
				"--logging.level.root=warn", "--logging.level.org.contacttimeline.db=info"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(ContactTimelineApplication.class).run(args.toArray(String[]::new));
	}

	/** Polls until the URL answers with the status; the moment it did (System.nanoTime), or fails at the deadline. */
	private long awaitStatus(String url, int status, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (this.http.get(url).statusCode() == status) {
					return System.nanoTime();
				}
			}
			catch (java.io.IOException ex) {
				// not answering yet
			}
		}
		throw new AssertionError(url + " did not answer " + status + " within " + timeout);
	}

	private HttpResponse<String> post(String base, String slug) throws Exception {
		String body = """
				{"slug": "%s", "title": "Supervision check", "startDate": "2020-03-15", "kind": {"code": "040"},
				 "participants": [{"official": "im-chon-il", "role": "Vice Foreign Minister"}],
				 "sources": [{"publisher": "Supervision test %s", "quote": "written around a kill -9 of the database"}]}"""
			.formatted(slug, slug);
		return this.http.post(base + "/api/v1/meetings", body, Duration.ofSeconds(30));
	}

}
