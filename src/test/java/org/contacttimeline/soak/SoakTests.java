package org.contacttimeline.soak;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.contacttimeline.ContactTimelineApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long run behind the README's reliability table: editors, readers and hostile clients at once for
 * {@code -Dsoak.seconds} (default 180), the database server killed with SIGKILL every {@code -Dsoak.outageEvery}
 * acknowledged writes (the service's supervisor starts it again), and {@code -Dsoak.exporters} (default 8) clients
 * asking for whole exports and text searches beyond the cap; then every acknowledged write is looked for. Run with {@code mvn verify -Psoak}; the
 * figures land in {@code target/soak/report.md}.
 */
@Tag("soak")
class SoakTests {

	private static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editor:editor-password".getBytes());

	/** Hostile queries and what each must get: a 400 problem, or (harmless text, a forged but well-formed cursor) a 200. */
	private static final Map<String, Integer> HOSTILE = Map.ofEntries(Map.entry("date=2019-02-30", 400),
			Map.entry("date=2019-3-5", 400), Map.entry("date=", 400), Map.entry("from=2019-03-10&to=2019-03-01", 400),
			Map.entry("country=XX", 400), Map.entry("country=RUS%20", 400), Map.entry("country=%27%20OR%201%3D1--", 400),
			Map.entry("limit=0", 400), Map.entry("limit=99999999999", 400), Map.entry("limit=-1", 400),
			Map.entry("status=unknown", 400), Map.entry("cursor=abc", 400), Map.entry("cursor=MXx8eHx5", 200),
			Map.entry("q=%00", 400), Map.entry("q=" + "x".repeat(10_000), 400), Map.entry("colour=red", 400),
			Map.entry("q=%27%29%3B%20drop%20table%20meeting%3B--", 200), Map.entry("q=%EC%9E%84%EC%B2%9C%EC%9D%BC", 200),
			Map.entry("date=2019-03-05&date=2019-03-06", 400));

	private static final int RACERS = 4;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

	@Test
	void keepsEveryAcknowledgedWriteThroughLoadOutagesHostileInputAndRacingCitations() throws Exception {
		long seconds = Long.getLong("soak.seconds", 180);
		int outageEvery = Integer.getInteger("soak.outageEvery", 100);
		int exporters = Integer.getInteger("soak.exporters", 8);
		Path dataDir = Path.of("target", "soak-pgdata").toAbsolutePath();
		deleteRecursively(dataDir);
		int dbPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			dbPort = socket.getLocalPort();
		}
		ConfigurableApplicationContext app = new SpringApplicationBuilder(ContactTimelineApplication.class).run("--server.port=0",
				"--timeline.embedded-db.data-dir=" + dataDir, "--timeline.embedded-db.port=" + dbPort,
				"--timeline.security.editor.username=editor", "--timeline.security.editor.password=editor-password",
				"--logging.level.root=error");
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		Map<String, String> acknowledged = new ConcurrentHashMap<>(); // slug -> last acknowledged title
		AtomicLong hostileTried = new AtomicLong();
		AtomicLong hostileWrong = new AtomicLong();
		AtomicLong fiveHundreds = new AtomicLong();
		AtomicInteger outages = new AtomicInteger();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService clients = Executors.newFixedThreadPool(8 + exporters);
		AtomicLong expensiveAdmitted = new AtomicLong();
		AtomicLong expensiveTurnedAway = new AtomicLong();
		AtomicLong turnedAwayWithoutRetryAfter = new AtomicLong();
		List<Long> cheapMillis = java.util.Collections.synchronizedList(new ArrayList<>());
		List<Long> recoveries = java.util.Collections.synchronizedList(new ArrayList<>());
		ExecutorService racers = Executors.newFixedThreadPool(RACERS);
		AtomicInteger raceRounds = new AtomicInteger();
		AtomicInteger raceCreated = new AtomicInteger();
		AtomicInteger raceRefused = new AtomicInteger(); // answered, but neither 201 nor an outage's 503
		Map<Integer, AtomicInteger> raceStatuses = new ConcurrentHashMap<>(); // -1: no answer within 10 s
		AtomicInteger writesSinceOutage = new AtomicInteger();
		try {
			for (int w = 0; w < 4; w++) {
				int id = w;
				clients.submit(() -> {
					Random random = new Random(id);
					for (int i = 0; System.nanoTime() < deadline; i++) {
						String slug = "soak-" + id + "-" + i;
						HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings"))
							.header("Content-Type", "application/json").header("Authorization", EDITOR)
							.POST(HttpRequest.BodyPublishers.ofString(meeting(slug, "v0"))));
						if (created != null && created.statusCode() == 201) {
							acknowledged.put(slug, "Soak " + slug + " v0");
							writesSinceOutage.incrementAndGet();
						}
						if (created != null && created.statusCode() >= 500 && created.statusCode() != 503) {
							fiveHundreds.incrementAndGet();
						}
						if (!acknowledged.isEmpty() && random.nextInt(3) == 0) {
							List<String> known = new ArrayList<>(acknowledged.keySet());
							String target = known.get(random.nextInt(known.size()));
							HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/" + target)));
							if (current != null && current.statusCode() == 200) {
								String version = "v" + id + "." + i;
								HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/" + target))
									.header("Content-Type", "application/json").header("Authorization", EDITOR)
									.header("If-Match", current.headers().firstValue("ETag").orElse("\"0\""))
									.PUT(HttpRequest.BodyPublishers.ofString(meeting(target, version))));
								if (put != null && put.statusCode() == 200) {
									acknowledged.put(target, "Soak " + target + " " + version);
								}
							}
						}
					}
					return null;
				});
			}
			for (int r = 0; r < 2; r++) {
				clients.submit(() -> {
					while (System.nanoTime() < deadline) {
						HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/timeline?from=2030-01-01&to=2030-12-31&limit=100")));
						if (page != null && page.statusCode() >= 500 && page.statusCode() != 503) {
							fiveHundreds.incrementAndGet();
						}
					}
					return null;
				});
			}
			clients.submit(() -> {
				Random random = new Random(99);
				while (System.nanoTime() < deadline) {
					List<String> queries = new ArrayList<>(HOSTILE.keySet());
					String query = queries.get(random.nextInt(queries.size()));
					HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings?" + query)));
					hostileTried.incrementAndGet();
					boolean expected = response != null && response.statusCode() == HOSTILE.get(query)
							&& (response.statusCode() == 200 || response.headers().firstValue("Content-Type").orElse("")
								.startsWith("application/problem+json"));
					if (!expected && response != null && response.statusCode() != 503) {
						hostileWrong.incrementAndGet();
					}
				}
				return null;
			});
			// overload: more whole exports and text searches at once than the cap admits
			String[] expensive = { "/api/v1/meetings?format=csv", "/api/v1/timeline?format=ics", "/api/v1/meetings?q=soak",
					"/api/v1/timeline?q=kim" };
			for (int e = 0; e < exporters; e++) {
				int id = e;
				clients.submit(() -> {
					for (int i = id; System.nanoTime() < deadline; i++) {
						HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + expensive[i % expensive.length])));
						if (response == null) {
							continue;
						}
						if (response.statusCode() == 200) {
							expensiveAdmitted.incrementAndGet();
						}
						else if (response.statusCode() == 503 && response.body().contains("busy with expensive requests")) {
							expensiveTurnedAway.incrementAndGet();
							if (response.headers().firstValue("Retry-After").isEmpty()) {
								turnedAwayWithoutRetryAfter.incrementAndGet();
							}
						}
						else if (response.statusCode() >= 500 && response.statusCode() != 503) {
							fiveHundreds.incrementAndGet();
						}
					}
					return null;
				});
			}
			// a cheap reader: one meeting by slug, timed while the rest goes on
			clients.submit(() -> {
				while (System.nanoTime() < deadline) {
					long started = System.nanoTime();
					HttpResponse<String> one = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14")));
					if (one != null && one.statusCode() == 200) {
						cheapMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
					}
				}
				return null;
			});
			// racing first citations: four editors at once, each posting a meeting of their own that cites the same new
			// source; every one must be created, citing one source
			clients.submit(() -> {
				while (System.nanoTime() < deadline) {
					int round = raceRounds.incrementAndGet();
					CyclicBarrier start = new CyclicBarrier(RACERS);
					List<Future<?>> sent = new ArrayList<>();
					for (int r = 0; r < RACERS; r++) {
						String slug = "soak-race-" + round + "-" + r;
						sent.add(racers.submit(() -> {
							start.await(30, TimeUnit.SECONDS);
							HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings"))
								.header("Content-Type", "application/json").header("Authorization", EDITOR)
								.POST(HttpRequest.BodyPublishers.ofString(meeting(slug, "v0")
									.replace("\"publisher\": \"Soak\"", "\"publisher\": \"Soak race " + round + "\", \"headline\": \"First\""))));
							raceStatuses.computeIfAbsent(created != null ? created.statusCode() : -1, (k) -> new AtomicInteger())
								.incrementAndGet();
							if (created != null && created.statusCode() == 201) {
								acknowledged.put(slug, "Soak " + slug + " v0");
								raceCreated.incrementAndGet();
							}
							else if (created != null && created.statusCode() != 503) {
								raceRefused.incrementAndGet();
							}
							return null;
						}));
					}
					for (Future<?> one : sent) {
						one.get(2, TimeUnit.MINUTES);
					}
				}
				return null;
			});
			clients.shutdown();
			while (!clients.awaitTermination(1, TimeUnit.SECONDS)) {
				if (writesSinceOutage.get() >= outageEvery && System.nanoTime() < deadline) {
					writesSinceOutage.set(0);
					outages.incrementAndGet();
					// what the out-of-memory killer does: SIGKILL to the server; the service's supervisor starts it again
					long server = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
					long killed = System.nanoTime();
					ProcessHandle.of(server).ifPresent(ProcessHandle::destroyForcibly);
					HttpResponse<String> probe = null;
					while ((probe == null || probe.statusCode() != 200) && System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(120)) {
						probe = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14")));
					}
					recoveries.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
				}
			}

			int found = 0;
			int current = 0;
			List<String> missing = new ArrayList<>();
			for (Map.Entry<String, String> write : acknowledged.entrySet()) {
				HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/" + write.getKey())));
				// the pool may still hold a connection the last outage broke: a 503 is asked again, for a while
				long readDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while ((read == null || read.statusCode() == 503) && System.nanoTime() < readDeadline) {
					read = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/" + write.getKey())));
				}
				if (read == null || read.statusCode() != 200) {
					missing.add(write.getKey() + " (" + (read != null ? read.statusCode() : "no answer") + ")");
				}
				if (read != null && read.statusCode() == 200) {
					found++;
					if (read.body().contains("\"title\":\"" + write.getValue() + "\"")) {
						current++;
					}
				}
			}
			int duplicated = app.getBean(JdbcClient.class).sql("""
					select count(*) from (select publisher from source where publisher like 'Soak race %'
					group by publisher having count(*) > 1) twice""").query(Integer.class).single();
			int raceSources = app.getBean(JdbcClient.class)
				.sql("select count(*) from source where publisher like 'Soak race %'").query(Integer.class).single();
			String report = """
					| what | figure |
					| --- | --- |
					| run | %d s, 4 editors, 2 readers, 1 hostile client |
					| database server killed (kill -9) | %d |
					| answering again after each kill, ms | %s |
					| expensive requests (exports, searches) by %d clients: answered / turned away (503, Retry-After) | %d / %d |
					| turned away without Retry-After | %d |
					| cheap read (/meetings/{slug}) meanwhile: p50 / p99 ms | %d / %d |
					| hostile requests tried | %d |
					| hostile requests answered otherwise than expected (outside outages) | %d |
					| 5xx other than 503 | %d |
					| answers by status | %s |
					| racing first citations | %d rounds of %d editors citing one new source at once: %d created, %d refused (other than 503 in outages), answers %s, %d sources, %d cited twice |
					| meetings acknowledged (201) | %d |
					| found afterwards | %d |
					| with their last acknowledged title | %d |
					""".formatted(seconds, outages.get(), recoveries, exporters, expensiveAdmitted.get(), expensiveTurnedAway.get(),
					turnedAwayWithoutRetryAfter.get(), percentile(cheapMillis, 50), percentile(cheapMillis, 99), hostileTried.get(),
					hostileWrong.get(), fiveHundreds.get(), new java.util.TreeMap<>(this.statuses), raceRounds.get(), RACERS,
					raceCreated.get(), raceRefused.get(), new java.util.TreeMap<>(raceStatuses), raceSources, duplicated,
					acknowledged.size(), found, current);
			Files.createDirectories(Path.of("target", "soak"));
			Files.writeString(Path.of("target", "soak", "report.md"), report);
			System.out.println(report);
			System.out.println("Acknowledged but not found: " + missing);

			assertThat(found).isEqualTo(acknowledged.size());
			assertThat(current).isEqualTo(acknowledged.size());
			assertThat(fiveHundreds.get()).isZero();
			assertThat(hostileWrong.get()).isZero();
			assertThat(turnedAwayWithoutRetryAfter.get()).isZero();
			assertThat(recoveries).allMatch((millis) -> millis < 120_000);
			assertThat(raceRefused.get()).isZero();
			assertThat(duplicated).isZero();
		}
		finally {
			clients.shutdownNow();
			racers.shutdownNow();
			app.close();
		}
	}

	private static long percentile(List<Long> millis, int percent) {
		List<Long> sorted;
		synchronized (millis) {
			sorted = new ArrayList<>(millis);
		}
		if (sorted.isEmpty()) {
			return -1;
		}
		java.util.Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			this.statuses.computeIfAbsent(response.statusCode(), (s) -> new AtomicInteger()).incrementAndGet();
			return response;
		}
		catch (Exception ex) {
			this.statuses.computeIfAbsent(-1, (s) -> new AtomicInteger()).incrementAndGet();
			return null;
		}
	}

	private static String meeting(String slug, String version) {
		return """
				{"slug": "%s", "title": "Soak %s %s", "startDate": "2030-0%d-1%d", "kind": {"code": "040"},
				 "participants": [{"official": "im-chon-il", "role": "Vice Foreign Minister"}],
				 "sources": [{"publisher": "Soak", "quote": "%s"}]}"""
			.formatted(slug, slug, version, 1 + Math.abs(slug.hashCode() % 9), Math.abs(slug.hashCode() % 9),
					URLEncoder.encode(version, StandardCharsets.UTF_8));
	}

	private static void deleteRecursively(Path folder) throws java.io.IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
