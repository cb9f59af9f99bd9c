package org.contacttimeline.db;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.contacttimeline.ContactTimelineApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while the service runs: requests fail fast with a 503 problem, readiness says DOWN, and
 * when the database is back the service recovers by itself, with every acknowledged write still there.
 */
class DatabaseOutageTests {

	private final ServiceHttp http = new ServiceHttp();

	@Test
	void failsFastDuringAnOutageAndRecoversWithoutARestart() throws Exception {
		Path dataDir = TargetFolder.fresh("outage-pgdata");
		int dbPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			dbPort = socket.getLocalPort();
		}
		ConfigurableApplicationContext app = new SpringApplicationBuilder(ContactTimelineApplication.class).run(
				"--server.port=0", "--timeline.embedded-db.data-dir=" + dataDir, "--timeline.embedded-db.port=" + dbPort,
				// the outage is made by the test, which stops the server and later starts one itself
				"--timeline.embedded-db.supervised=false",
				"--timeline.security.editor.username=editor", "--timeline.security.editor.password=editor-password",
				"--logging.level.root=warn");
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		EmbeddedPostgres restarted = null;
		try {
			assertThat(post(base, "before-the-outage").statusCode()).isEqualTo(201);

			app.getBean(EmbeddedPostgres.class).close();

			long started = System.nanoTime();
			HttpResponse<String> read = this.http.get(base + "/api/v1/meetings?country=KP");
			HttpResponse<String> write = post(base, "during-the-outage");
			long elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis();
			assertThat(read.statusCode()).isEqualTo(503);
			assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(read.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(read.body()).contains("database").doesNotContain("Exception", "jdbc", "SQL");
			assertThat(write.statusCode()).isEqualTo(503);
			assertThat(elapsed).as("two requests, in ms").isLessThan(10_000);
			assertThat(this.http.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(this.http.get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);

			restarted = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(dbPort).start();

			HttpResponse<String> after = awaitStatus(base + "/api/v1/meetings/before-the-outage", 200, Duration.ofSeconds(30));
			assertThat(after.statusCode()).isEqualTo(200);
			assertThat(this.http.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(this.http.get(base + "/api/v1/meetings/during-the-outage").statusCode()).isEqualTo(404);
			assertThat(post(base, "after-the-outage").statusCode()).isEqualTo(201);
		}
		finally {
			app.close();
			if (restarted != null) {
				try {
					restarted.close();
				}
				catch (Exception ex) {
					// already stopped with the application
				}
			}
		}
	}

	private HttpResponse<String> awaitStatus(String url, int status, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpResponse<String> response = this.http.get(url);
		while (response.statusCode() != status && System.nanoTime() < deadline) {
			Thread.onSpinWait();
			response = this.http.get(url);
		}
		return response;
	}

	private HttpResponse<String> post(String base, String slug) throws Exception {
		String body = """
				{"slug": "%s", "title": "Outage check", "startDate": "2020-02-15", "kind": {"code": "040"},
				 "participants": [{"official": "im-chon-il", "role": "Vice Foreign Minister"}],
				 "sources": [{"publisher": "Outage test", "quote": "written around an outage"}]}""".formatted(slug);
		return this.http.post(base + "/api/v1/meetings", body, Duration.ofSeconds(10));
	}

}
