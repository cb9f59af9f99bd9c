package org.contacttimeline.replica;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.contacttimeline.db.AppProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service processes on one primary and its replica, as behind a load balancer: what one writes the other shows at
 * once to editors and within the bound to the public, ETags and revalidation included; nothing one process keeps
 * (caches, slugs, ids, revision numbers) goes wrong with two.
 */
class TwoInstancesTests {

	private static final Duration MAX_LAG = Duration.ofSeconds(5);

	private static final Duration SLACK = Duration.ofSeconds(3);

	/** What an instance logs when it reads from the replica again. */
	private static final String IN_USE = "Public reads go to the replica";

	/** What an instance logs when it finds the replica gone. */
	private static final String DOWN = "cannot be reached";

	/** What an instance logs for each read that it reads again on the primary. */
	private static final String READ_AGAIN = "reading it again on the primary";

	/** The most one load phase may take (300 reads by 8 clients; a replica's connection timeout is 2 s). */
	private static final Duration LOAD_PHASE = Duration.ofSeconds(60);

	private static final Pattern REVISION = Pattern.compile("\"revision\":(\\d+)");

	@RegisterExtension
	static final StreamingReplica databases = StreamingReplica.in(Path.of("target", "two-instances", "databases")
		.toAbsolutePath(), 55832, 55833);

	private static AppProcess first;

	private static AppProcess second;

	private static List<Path> logs;

	private final Http http = new Http();

	@BeforeAll
	static void start() throws Exception {
		Path folder = Path.of("target", "two-instances").toAbsolutePath();
		List<String> arguments = List.of("--spring.datasource.url=" + databases.primaryUrl(),
				"--timeline.replica.url=" + databases.replicaUrl(), "--timeline.replica.max-lag=" + MAX_LAG.toSeconds() + "s");
		Files.createDirectories(folder);
		logs = List.of(folder.resolve("instance-1.log"), folder.resolve("instance-2.log"));
		for (Path log : logs) {
			Files.deleteIfExists(log); // what the instances log is counted below: this run's alone
		}
		// both start at once, as a rolling start would have them: Flyway migrates once, under its lock
		first = AppProcess.launch(folder.resolve("unused-1"), logs.get(0), 18481, arguments);
		second = AppProcess.launch(folder.resolve("unused-2"), logs.get(1), 18482, arguments);
		first.awaitReady();
		second.awaitReady();
	}

	@AfterAll
	static void stop() throws Exception {
		try (AppProcess one = first; AppProcess two = second) {
			// closed in reverse order; the databases close after
		}
	}

	@Test
	void whatOneInstanceWritesTheOtherShowsEditorsAtOnceAndThePublicWithinTheBound() throws Exception {
		String slug = "two-instances-shared";
		String path = "/api/v1/meetings/" + slug;

		HttpResponse<String> created = this.http.write("POST", first.base() + "/api/v1/meetings", Http.meeting(slug, "First"), null);
		HttpResponse<String> editorOnSecond = this.http.get(second.base() + path, Http.EDITOR, null);

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(editorOnSecond.statusCode()).as("an editor reads the write through the other instance at once").isEqualTo(200);
		assertThat(editorOnSecond.headers().firstValue("ETag")).isEqualTo(created.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(editorOnSecond.body()).isEqualTo(created.body());
		HttpResponse<String> publicOnSecond = this.http.awaitStatus(second.base() + path, 200, MAX_LAG.plus(SLACK));
		assertThat(publicOnSecond.statusCode()).as("the public, within the bound").isEqualTo(200);
		HttpResponse<String> publicOnFirst = this.http.awaitStatus(first.base() + path, 200, MAX_LAG.plus(SLACK));
		String etag = publicOnFirst.headers().firstValue("ETag").orElseThrow();
		assertThat(this.http.get(second.base() + path, null, etag).statusCode())
			.as("an ETag one instance gave is good on the other").isEqualTo(304);

		HttpResponse<String> replaced = this.http.write("PUT", second.base() + path, Http.meeting(slug, "Second"), "\"0\"");
		HttpResponse<String> editorOnFirst = this.http.get(first.base() + path, Http.EDITOR, null);
		HttpResponse<String> lostUpdate = this.http.write("PUT", first.base() + path, Http.meeting(slug, "Lost"), "\"0\"");

		assertThat(replaced.statusCode()).isEqualTo(200);
		assertThat(editorOnFirst.body()).as("nothing the first instance kept hides the change").contains("\"summary\":\"Second\"");
		assertThat(editorOnFirst.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(lostUpdate.statusCode()).as("the version read through one instance guards writes through the other").isEqualTo(412);
		long deadline = System.nanoTime() + MAX_LAG.plus(SLACK).toNanos();
		HttpResponse<String> revalidated = this.http.get(first.base() + path, null, etag);
		while (revalidated.statusCode() == 304 && System.nanoTime() < deadline) {
			Thread.sleep(20); // between polls
			revalidated = this.http.get(first.base() + path, null, etag);
		}
		assertThat(revalidated.statusCode()).as("the public's old ETag no longer holds, within the bound").isEqualTo(200);
		assertThat(revalidated.body()).contains("\"summary\":\"Second\"");
		HttpResponse<String> historyOnFirst = this.http.get(first.base() + path + "/revisions");
		HttpResponse<String> historyOnSecond = this.http.get(second.base() + path + "/revisions");
		assertThat(historyOnFirst.body()).isEqualTo(historyOnSecond.body());
		List<Long> revisions = revisions(historyOnFirst.body());
		assertThat(revisions).hasSize(2);
		assertThat(revisions.get(0)).as("newest first").isGreaterThan(revisions.get(1));
	}

	@Test
	void slugsIdsAndRevisionNumbersStayUniqueWhenBothInstancesWriteAtOnce() throws Exception {
		ExecutorService editors = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> distinct = new ArrayList<>();
			List<Future<HttpResponse<String>>> same = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				AppProcess instance = (i % 2 == 0) ? first : second;
				String slug = "two-instances-" + i;
				distinct.add(editors.submit(() -> {
					go.await();
					return this.http.write("POST", instance.base() + "/api/v1/meetings", Http.meeting(slug, "Concurrent"), null);
				}));
			}
			for (int round = 0; round < 3; round++) {
				String slug = "two-instances-race-" + round;
				for (AppProcess instance : List.of(first, second)) {
					same.add(editors.submit(() -> {
						go.await();
						return this.http.write("POST", instance.base() + "/api/v1/meetings", Http.meeting(slug, "Race"), null);
					}));
				}
			}
			go.countDown();

			for (Future<HttpResponse<String>> created : distinct) {
				assertThat(created.get().statusCode()).isEqualTo(201);
			}
			for (int round = 0; round < 3; round++) {
				List<Integer> statuses = List.of(same.get(2 * round).get().statusCode(), same.get(2 * round + 1).get().statusCode());
				assertThat(statuses).as("the same slug through both instances at once").containsExactlyInAnyOrder(201, 409);
			}
		}
		finally {
			editors.shutdownNow();
		}

		Set<Long> revisions = new HashSet<>();
		for (int i = 0; i < 8; i++) {
			for (AppProcess instance : List.of(first, second)) {
				HttpResponse<String> meeting = this.http.get(instance.base() + "/api/v1/meetings/two-instances-" + i, Http.EDITOR, null);
				assertThat(meeting.statusCode()).isEqualTo(200);
				assertThat(meeting.body()).contains("\"title\":\"Replica check two-instances-" + i + "\"");
			}
			revisions.addAll(revisions(this.http.get(first.base() + "/api/v1/meetings/two-instances-" + i + "/revisions").body()));
		}
		assertThat(revisions).as("one revision number per write, whichever instance made it").hasSize(8);
		String day = "/api/v1/meetings?from=2020-02-15&to=2020-02-15&limit=500";
		assertThat(this.http.get(first.base() + day, Http.EDITOR, null).body())
			.isEqualTo(this.http.get(second.base() + day, Http.EDITOR, null).body())
			.contains("two-instances-0", "two-instances-7", "two-instances-race-2");
	}

	@Test
	void publicReadsGetNoServerErrorWhileTheReplicaIsStoppedOrKilledUnderLoad() throws Exception {
		awaitLogged(IN_USE, List.of(1, 1));
		List<String> failures;
		try (ReadLoad load = new ReadLoad(8, List.of(first.base(), second.base()))) {
			load.awaitMore(300, LOAD_PHASE);

			underLoad(load, databases::stopReplicaImmediately);
			underLoad(load, databases::killReplica);

			failures = load.failures();
			System.out.printf("Replica stopped (-m immediate) and killed (-9) under load: %d public reads (%d no-cache), "
					+ "%d not a complete 200, %d read again on the primary%n", load.answered(), load.cold(), failures.size(),
					logged(READ_AGAIN).stream().mapToInt(Integer::intValue).sum());
		}

		assertThat(failures).as("reads that were not a complete 200 while the replica died (URL -> status body)").isEmpty();
	}

	/**
	 * A fault of the replica while the load runs on: until both instances have seen it and read on, then the replica
	 * starts again, and the load runs on until both read from it again.
	 */
	private static void underLoad(ReadLoad load, Fault fault) throws Exception {
		List<Integer> down = logged(DOWN);
		List<Integer> inUse = logged(IN_USE);

		fault.strike();
		awaitLogged(DOWN, plusOne(down));
		load.awaitMore(300, LOAD_PHASE);
		databases.startReplica();
		awaitLogged(IN_USE, plusOne(inUse));
		load.awaitMore(300, LOAD_PHASE);
	}

	private static List<Integer> plusOne(List<Integer> counts) {
		return counts.stream().map((count) -> count + 1).toList();
	}

	/** How many lines of each instance's log hold {@code text}. */
	private static List<Integer> logged(String text) throws IOException {
		List<Integer> counts = new ArrayList<>();
		for (Path log : logs) {
			try (Stream<String> lines = Files.lines(log)) {
				counts.add((int) lines.filter((line) -> line.contains(text)).count());
			}
		}
		return counts;
	}

	/** Until each instance's log holds {@code text} at least as often as {@code counts} says. */
	private static void awaitLogged(String text, List<Integer> counts) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		List<Integer> now = logged(text);
		while (now.get(0) < counts.get(0) || now.get(1) < counts.get(1)) {
			assertThat(System.nanoTime()).as("both instances log \"" + text + "\" within 60 s (" + now + " of " + counts + ")")
				.isLessThan(deadline);
			Thread.sleep(20); // between polls
			now = logged(text);
		}
	}

	private interface Fault {

		void strike() throws Exception;

	}

	private static List<Long> revisions(String history) {
		List<Long> numbers = new ArrayList<>();
		Matcher matcher = REVISION.matcher(history);
		while (matcher.find()) {
			numbers.add(Long.parseLong(matcher.group(1)));
		}
		return numbers;
	}

}
