package org.contacttimeline.failover;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.contacttimeline.db.AppProcess;
import org.contacttimeline.failover.Traffic.Answer;
import org.contacttimeline.failover.Traffic.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The service on a Patroni cluster (etcd, three PostgreSQL 15 members in synchronous mode, HAProxy in front), with
 * editors posting meetings and a public reader while the primary is killed with SIGKILL three times (its postmaster
 * alone, which its Patroni answers by failing over; then its postmaster and its Patroni together, as when the machine
 * dies; then its postmaster again) and switched over once as an operator does. Writes come back by themselves within
 * 30 s of each kill, a switchover loses no request, and afterwards every acknowledged meeting is there exactly once,
 * on every member. The figures go to target/failover/report.md.
 * <p>
 * Needs Debian's patroni, etcd-server, haproxy and postgresql-15 and root (to run PostgreSQL as postgres); without
 * them it is skipped, except on CI, where .ci/run installs them and it fails instead.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PatroniFailoverTests {

	private static final Duration RECOVERY_TARGET = Duration.ofSeconds(30);

	private static final Path FOLDER = Path.of("target", "failover").toAbsolutePath();

	private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

	private static PatroniCluster cluster;

	private static AppProcess service;

	private static long startedAt;

	@BeforeAll
	static void start() throws Exception {
		boolean installed = PatroniCluster.installed();
		if (!installed && "true".equals(System.getenv("CI"))) {
			fail("The failover test needs " + PatroniCluster.PROGRAMS + " and root on CI; .ci/run installs them "
					+ "(apt-get install patroni etcd-server etcd-client haproxy postgresql)");
		}
		assumeTrue(installed, "no Patroni cluster to fail over (needs root and apt-get install patroni etcd-server "
				+ "etcd-client haproxy postgresql): the failover test is skipped");
		startedAt = System.nanoTime();
		cluster = PatroniCluster.start(FOLDER, 55940);
		service = AppProcess.launch(FOLDER.resolve("unused"), FOLDER.resolve("service.log"), 18491,
				List.of("--spring.datasource.url=" + cluster.primaryUrl(), "--spring.datasource.username=postgres",
						"--timeline.replica.url=" + cluster.replicaUrl(), "--timeline.failover.wait-for-primary=10s"));
		service.awaitReady();
		REPORT.add("Cluster and service started in " + seconds(System.nanoTime() - startedAt) + " s.");
	}

	@AfterAll
	static void stop() throws Exception {
		try (PatroniCluster closing = cluster; AppProcess stopping = service) {
			if (cluster != null) {
				REPORT.add("Whole run: " + seconds(System.nanoTime() - startedAt) + " s.");
				Files.write(FOLDER.resolve("report.md"), REPORT);
				REPORT.forEach(System.out::println);
			}
		}
	}

	@Test
	@Order(1)
	void synchronousReplicationAddsTheStandbysRoundTripToEachWrite() throws Exception {
		Traffic editor = new Traffic(service.base());
		Map<Boolean, List<Duration>> writes = new HashMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
		Map<Boolean, List<Duration>> commits = new HashMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
		editor.timeWrites("Warm-up", 20);
		Sql.execute(cluster.primaryUrl(), "create table latency_probe (id bigint generated always as identity)");

		// side by side: alternating blocks, so that the machine's load weighs on both alike
		for (int block = 1; block <= 3; block++) {
			for (boolean synchronous : List.of(true, false)) {
				cluster.synchronousMode(synchronous);
				writes.get(synchronous).addAll(editor.timeWrites("Latency " + synchronous + " " + block, 25));
				commits.get(synchronous).addAll(timeCommits(100));
			}
		}
		cluster.synchronousMode(true);
		Sql.execute(cluster.primaryUrl(), "drop table latency_probe");

		REPORT.add("");
		REPORT.add("| | synchronous_mode on, median / p90 | off, median / p90 | ratio of medians |");
		REPORT.add("| --- | ---: | ---: | ---: |");
		REPORT.add(latencyRow("a write (POST /meetings, one editor, " + writes.get(true).size() + " each way)", writes));
		REPORT.add(latencyRow("its COMMIT alone (one-row insert over JDBC, " + commits.get(true).size() + " each way)", commits));
		assertThat(writes.get(true)).hasSize(75);
		assertThat(commits.get(false)).hasSize(300);
	}

	/** One-row inserts, each its own transaction, on the primary through HAProxy; returns each one's latency. */
	private static List<Duration> timeCommits(int count) throws SQLException {
		List<Duration> latencies = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(cluster.primaryUrl(), "postgres", "postgres");
				PreparedStatement insert = connection.prepareStatement("insert into latency_probe default values")) {
			for (int i = 0; i < count; i++) {
				long started = System.nanoTime();
				insert.executeUpdate();
				latencies.add(Duration.ofNanos(System.nanoTime() - started));
			}
		}
		return latencies;
	}

	private static String latencyRow(String what, Map<Boolean, List<Duration>> latencies) {
		Duration on = percentile(latencies.get(true), 50);
		Duration off = percentile(latencies.get(false), 50);
		return "| " + what + " | " + millis(on) + " / " + millis(percentile(latencies.get(true), 90)) + " | " + millis(off)
				+ " / " + millis(percentile(latencies.get(false), 90)) + " | "
				+ String.format("%.2f", (double) on.toNanos() / off.toNanos()) + " |";
	}

	@Test
	@Order(2)
	void writesResumeAfterEachKillOfThePrimaryAndASwitchoverLosesNoRequest() throws Exception {
		List<String> failovers = new ArrayList<>();
		List<Long> recoveries = new ArrayList<>();
		long switchedFrom;
		long switchedTo;
		Traffic traffic = new Traffic(service.base()).start(4, 1);
		try {
			traffic.awaitMoreAcknowledged(20, Duration.ofSeconds(60));
			for (Fault fault : List.of(Fault.POSTMASTER, Fault.MACHINE, Fault.POSTMASTER)) {
				cluster.awaitWhole(Duration.ofSeconds(90));
				traffic.awaitMoreAcknowledged(8, Duration.ofSeconds(30));
				Member old = cluster.leader();

				long killedAt = System.nanoTime();
				cluster.killPostmaster(old);
				if (fault == Fault.MACHINE) {
					cluster.killPatroni(old);
				}
				Answer first = traffic.awaitFirstAcknowledgedSentAfter(killedAt, Duration.ofSeconds(60));

				long recovery = first.answeredAt() - killedAt;
				recoveries.add(recovery);
				Member now = cluster.leader();
				long unavailable = traffic.answers((answer) -> answer.kind() == Kind.WRITE && answer.status() == 503
						&& answer.answeredAt() - killedAt > 0 && first.answeredAt() - answer.answeredAt() > 0).size();
				failovers.add("| " + fault.said + " of " + old + " | " + now + " | " + seconds(recovery) + " | " + unavailable
						+ " |");
				assertThat(now).as("a new primary after the kill of " + old).isNotEqualTo(old);
				if (fault == Fault.MACHINE) {
					cluster.start(old);
				}
			}

			cluster.awaitWhole(Duration.ofSeconds(90));
			traffic.awaitMoreAcknowledged(8, Duration.ofSeconds(30));
			Member leader = cluster.leader();
			Member candidate = cluster.synchronousStandby();
			switchedFrom = System.nanoTime();
			String said = cluster.switchover(leader, candidate);
			PatroniCluster.await(Duration.ofSeconds(30), candidate + " leading after patronictl said " + said, () -> {
				try {
					return cluster.leader() == candidate;
				}
				catch (Exception ex) {
					return false;
				}
			});
			traffic.awaitFirstAcknowledgedSentAfter(System.nanoTime(), Duration.ofSeconds(30));
			switchedTo = System.nanoTime();
			traffic.awaitMoreAcknowledged(8, Duration.ofSeconds(30));
		}
		finally {
			traffic.close();
		}

		List<Answer> all = traffic.answers((answer) -> true);
		long switchover = switchedTo - switchedFrom;
		List<Answer> duringSwitchover = traffic.answers((answer) -> answer.sentBetween(switchedFrom, switchedTo));
		REPORT.add("");
		REPORT.add("| fault | new primary | writes acknowledged again after (s) | writes answered 503 meanwhile |");
		REPORT.add("| --- | --- | ---: | ---: |");
		REPORT.addAll(failovers);
		REPORT.add("Switchover: " + duringSwitchover.size() + " requests sent during its " + seconds(switchover) + " s, "
				+ duringSwitchover.stream().filter((answer) -> answer.status() >= 500 || answer.status() < 0).count()
				+ " not answered 200/201; slowest answer "
				+ duringSwitchover.stream().mapToLong((answer) -> answer.answeredAt() - answer.sentAt()).max().orElse(0) / 1_000_000
				+ " ms.");
		REPORT.add("Requests: " + all.size() + " (" + count(all, Kind.WRITE, 201) + " writes acknowledged, "
				+ count(all, Kind.WRITE, 503) + " writes answered 503, " + count(all, Kind.READ, 200) + " reads answered 200, "
				+ count(all, Kind.READ, 503) + " reads answered 503).");
		assertThat(all).as("answers other than 200, 201 and 503 (a 500, a hang past 30 s)")
			.filteredOn((answer) -> answer.status() != 200 && answer.status() != 201 && answer.status() != 503)
			.isEmpty();
		assertThat(all).as("503 without Retry-After")
			.filteredOn((answer) -> answer.status() == 503 && answer.retryAfter() == null)
			.isEmpty();
		assertThat(recoveries).as("time from each kill to the first write acknowledged after it, in ns")
			.allMatch((recovery) -> recovery <= RECOVERY_TARGET.toNanos());
		assertThat(duringSwitchover).as("requests sent during the switchover").isNotEmpty();
		assertThat(duringSwitchover).as("requests the switchover lost")
			.filteredOn((answer) -> answer.status() != 200 && answer.status() != 201)
			.isEmpty();
		assertThat(traffic.answers((answer) -> answer.kind() == Kind.READ && answer.status() == 200))
			.as("public reads went on").isNotEmpty();

		everyAcknowledgedWriteIsOnEveryMemberOnce(traffic.acknowledged());
	}

	@Test
	@Order(3)
	void aMeetingSentAgainWithItsIdempotencyKeyIsMadeOnce() throws Exception {
		Traffic editor = new Traffic(service.base());

		Answer first = editor.post("Sent twice", "sent-twice");
		Answer again = editor.post("Sent twice", "sent-twice");

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).as("the first one's answer").isEqualTo(201);
		assertThat(again.location()).isEqualTo(first.location());
		assertThat(Sql.query(cluster.primaryUrl(), "select count(*) from meeting where title = 'Sent twice'"))
			.isEqualTo("1");
	}

	private void everyAcknowledgedWriteIsOnEveryMemberOnce(Set<String> acknowledged) throws Exception {
		cluster.awaitWhole(Duration.ofSeconds(90));
		String titles = "select title from meeting where title like '" + Traffic.TITLE + " %' order by title";
		List<String> onPrimary = Sql.column(cluster.primaryUrl(), titles);
		REPORT.add("Meetings acknowledged: " + acknowledged.size() + "; on the primary afterwards: " + onPrimary.size()
				+ ", " + onPrimary.stream().distinct().count() + " distinct.");
		assertThat(onPrimary).as("no meeting written twice").doesNotHaveDuplicates();
		assertThat(onPrimary).as("every acknowledged meeting, and none other").containsExactlyInAnyOrderElementsOf(acknowledged);
		String last = "select max(id) from meeting";
		String lastOnPrimary = Sql.query(cluster.primaryUrl(), last);
		for (Member member : cluster.members()) {
			PatroniCluster.await(Duration.ofSeconds(30), member + " replaying the last meeting", () -> {
				try {
					return lastOnPrimary.equals(Sql.query(member.url(), last));
				}
				catch (SQLException ex) {
					return false;
				}
			});
			assertThat(Sql.column(member.url(), titles)).as("the meetings on " + member).isEqualTo(onPrimary);
		}
	}

	private static long count(List<Answer> answers, Kind kind, int status) {
		return answers.stream().filter((answer) -> answer.kind() == kind && answer.status() == status).count();
	}

	private static Duration percentile(List<Duration> values, int percent) {
		List<Duration> sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
	}

	private static String millis(Duration duration) {
		return String.format("%.1f ms", duration.toNanos() / 1e6);
	}

	private static String seconds(long nanos) {
		return String.format("%.1f", nanos / 1e9);
	}

	/** How the primary is lost. */
	private enum Fault {

		/** SIGKILL to its postmaster: its Patroni sees PostgreSQL gone and fails over rather than restart it. */
		POSTMASTER("kill -9 of the postmaster"),

		/** SIGKILL to its postmaster and its Patroni: the others take over once its leader key expires. */
		MACHINE("kill -9 of the postmaster and Patroni");

		private final String said;

		Fault(String said) {
			this.said = said;
		}

	}

}
