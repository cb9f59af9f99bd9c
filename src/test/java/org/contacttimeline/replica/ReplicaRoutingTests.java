package org.contacttimeline.replica;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.contacttimeline.ContactTimelineApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on a primary and a streaming replica made from the same PostgreSQL 18 binaries: public reads run on
 * the replica, writes and editors' reads on the primary; a replica that falls behind, or stops, sends public reads
 * to the primary, and a public read is never older than {@code timeline.replica.max-lag}.
 */
class ReplicaRoutingTests {

	private static final Duration MAX_LAG = Duration.ofSeconds(5);

	/** How long a request may take here on top of what is asserted (2 shared cores, a build running beside). */
	private static final Duration SLACK = Duration.ofSeconds(3);

	private static final AtomicInteger written = new AtomicInteger();

	@RegisterExtension
	static final StreamingReplica databases = StreamingReplica.in(Path.of("target", "replica-routing").toAbsolutePath(),
			55830, 55831);

	private static ConfigurableApplicationContext app;

	private static String base;

	private final Http http = new Http();

	@BeforeAll
	static void start() throws Exception {
		app = new SpringApplicationBuilder(ContactTimelineApplication.class).run("--server.port=18480",
				"--spring.datasource.url=" + databases.primaryUrl(), "--timeline.replica.url=" + databases.replicaUrl(),
				"--timeline.replica.max-lag=" + MAX_LAG.toSeconds() + "s", "--timeline.replica.check-interval=500ms",
				"--timeline.replica.hikari.maximum-pool-size=4",
				"--timeline.replica.hikari.data-source-properties.ApplicationName=replica-pool",
				"--timeline.security.editor.username=editor", "--timeline.security.editor.password=editor-password",
				"--logging.level.root=warn", "--logging.level.org.contacttimeline=info");
		base = "http://localhost:18480";
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@BeforeEach
	void replicaInUse() throws Exception {
		awaitReplicaInUse();
	}

	@Test
	void publicReadsRunOnTheReplicaAndWritesAndEveryOtherReadOnThePrimary() {
		JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
		TransactionTemplate readOnly = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
		readOnly.setReadOnly(true);
		TransactionTemplate writing = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));

		try (ReadRoute.Scope publicRead = ReadRoute.publicRead()) {
			assertThat(readOnly.<Boolean>execute((status) -> inRecovery(jdbc))).as("a read-only transaction of a public read").isTrue();
			assertThat(inRecovery(jdbc)).as("a statement of a public read outside a transaction").isTrue();
			assertThat(writing.<Boolean>execute((status) -> inRecovery(jdbc))).as("a transaction that may write").isFalse();
		}
		assertThat(readOnly.<Boolean>execute((status) -> inRecovery(jdbc))).as("a read-only transaction outside a public read").isFalse();
		assertThat(inRecovery(jdbc)).as("a statement outside a public read").isFalse();
	}

	@Test
	void anEditorReadsTheirWriteAtOnceAndThePublicWithinTheBoundWhileReplayIsPaused() throws Exception {
		String slug = "replica-routing-" + written.incrementAndGet();
		String list = base + "/api/v1/meetings?from=2020-02-15&to=2020-02-15";
		HttpResponse<String> listBefore = this.http.get(list);
		databases.pauseReplay();
		try {
			HttpResponse<String> created = this.http.write("POST", base + "/api/v1/meetings", Http.meeting(slug, "First"), null);
			long acknowledged = System.nanoTime();
			assertThat(created.statusCode()).isEqualTo(201);

			HttpResponse<String> publicRead = this.http.get(base + "/api/v1/meetings/" + slug);
			HttpResponse<String> publicList = this.http.get(list);
			HttpResponse<String> editorRead = this.http.get(base + "/api/v1/meetings/" + slug, Http.EDITOR, null);
			HttpResponse<String> editorList = this.http.get(list, Http.EDITOR, null);
			HttpResponse<String> history = this.http.get(base + "/api/v1/meetings/" + slug + "/revisions");

			assertThat(publicRead.statusCode()).as("the public reads the replica, which has not replayed the write").isEqualTo(404);
			assertThat(publicList.body()).isEqualTo(listBefore.body()).doesNotContain(slug);
			assertThat(editorRead.statusCode()).as("the editor reads the primary").isEqualTo(200);
			assertThat(editorRead.headers().firstValue("ETag")).isEqualTo(created.headers().firstValue("ETag"));
			assertThat(editorList.body()).contains(slug);
			assertThat(history.statusCode()).isEqualTo(200);
			assertThat(history.body()).contains("\"editor\":\"editor\"", "First");

			HttpResponse<String> fresh = this.http.awaitStatus(base + "/api/v1/meetings/" + slug, 200, MAX_LAG.plus(SLACK).multipliedBy(2));
			Duration stale = Duration.ofNanos(System.nanoTime() - acknowledged);
			assertThat(fresh.statusCode()).isEqualTo(200);
			assertThat(stale).as("how long the public did not see the write").isLessThanOrEqualTo(MAX_LAG.plus(SLACK));
			HttpResponse<String> revalidated = this.http.get(list, null, publicList.headers().firstValue("ETag").orElseThrow());
			assertThat(revalidated.statusCode()).as("the stale list is not vouched for once the write is visible").isEqualTo(200);
			assertThat(revalidated.body()).contains(slug);
		}
		finally {
			databases.resumeReplay();
		}

		awaitReplicaInUse();
		assertThat(this.http.get(base + "/api/v1/meetings/" + slug).statusCode()).as("the replica, caught up").isEqualTo(200);
		assertThat(this.http.get(list).body()).contains(slug);
	}

	@Test
	void readsAreAnsweredFromThePrimaryWhenTheReplicaStops() throws Exception {
		List<String> reads = List.of("/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14",
				"/api/v1/meetings?country=KP&country=RU", "/api/v1/timeline?from=2019-03-01&to=2019-03-31",
				"/api/v1/officials/im-chon-il", "/api/v1/meetings?format=csv&country=KP", "/api/v1/delegations");
		for (String read : reads) {
			assertThat(this.http.get(base + read).statusCode()).as(read).isEqualTo(200);
		}

		databases.stopReplica();
		try {
			for (int round = 0; round < 2; round++) {
				for (String read : reads) {
					long started = System.nanoTime();
					HttpResponse<String> answer = this.http.get(base + read);
					Duration took = Duration.ofNanos(System.nanoTime() - started);

					assertThat(answer.statusCode()).as(read + " with the replica down").isEqualTo(200);
					assertThat(took).as(read + ": at most the connection timeout (2 s) more").isLessThan(Duration.ofSeconds(2).plus(SLACK));
				}
			}
			assertThat(this.http.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(app.getBean(Replica.class).usable()).isFalse();
		}
		finally {
			databases.startReplica();
		}

		awaitReplicaInUse();
		assertThat(this.http.get(base + reads.get(0)).statusCode()).isEqualTo(200);
	}

	@Test
	void aReadWhoseReplicaIsLostWhileTheControllerReadsIsReadAgainOnThePrimary() throws Exception {
		String read = base + "/api/v1/meetings?country=KP&from=2018-02-03";
		java.util.concurrent.CompletableFuture<HttpResponse<String>> answer;
		try (java.sql.Connection locker = databases.primaryConnection()) {
			locker.setAutoCommit(false);
			try (java.sql.Statement statement = locker.createStatement()) {
				// replayed on the replica: its readers of meetings wait there, after the data version was read
				statement.execute("lock table meeting in access exclusive mode");
				statement.execute("select pg_switch_wal()"); // sends the lock's record to the replica now
			}
			answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				try {
					return this.http.get(read);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			String waiting = "from pg_stat_activity where application_name = 'replica-pool' and wait_event_type = 'Lock'";
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (Integer.parseInt(databases.onReplica("select count(*) " + waiting)) == 0) {
				assertThat(System.nanoTime()).as("the read waits on the replica").isLessThan(deadline);
				Thread.sleep(20); // between polls
			}

			databases.onReplica("select pg_terminate_backend(pid) " + waiting); // the replica's session dies mid-read

			locker.rollback(); // the read again, on the primary, goes through
		}

		HttpResponse<String> answered = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		assertThat(answered.body()).contains("\"items\"");
	}

	@Test
	void theReplicaPoolTakesItsOwnSizeAndThePrimaryPoolKeepsItsOwn() throws Exception {
		String replicaPool = "select count(*) from pg_stat_activity where application_name = 'replica-pool'";
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!"4".equals(databases.onReplica(replicaPool)) && System.nanoTime() < deadline) {
			Thread.sleep(20); // between polls: the pool fills in the background
		}

		assertThat(databases.onReplica(replicaPool)).as("connections of the replica's pool").isEqualTo("4");
		assertThat(databases.onPrimary(replicaPool)).isEqualTo("0");
		assertThat(app.getBean(DataSource.class).unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize())
			.as("the primary's pool").isEqualTo(10);
	}

	private static boolean inRecovery(JdbcClient jdbc) {
		return jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single();
	}

	/** Until the service reads the replica again: a check found it fresh, and it has replayed every write. */
	private static void awaitReplicaInUse() throws Exception {
		Replica replica = app.getBean(Replica.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!(replica.usable() && databases.caughtUp())) {
			assertThat(System.nanoTime()).as("the replica in use again within 60 s").isLessThan(deadline);
			Thread.sleep(20); // between polls
		}
	}

}
