package org.contacttimeline.failover;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Editors posting meetings and a public reader, through HTTP as any client would, each answer kept with when it was
 * asked and answered. An editor sends each meeting with an {@code Idempotency-Key} and, answered 503, sends it again
 * with the same key (sooner than {@code Retry-After} asks, to time the recovery closely) until it is acknowledged.
 */
final class Traffic implements AutoCloseable {

	static final String EDITOR = "Basic "
			+ Base64.getEncoder().encodeToString("editor:editor-password".getBytes(StandardCharsets.UTF_8));

	static final String TITLE = "Failover check";

	private final String base;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	private final ExecutorService clients = Executors.newCachedThreadPool();

	private final List<Future<?>> running = new ArrayList<>();

	private volatile boolean stopping;

	Traffic(String base) {
		this.base = base;
	}

	/** Starts {@code editors} editors and {@code readers} public readers. */
	Traffic start(int editors, int readers) {
		for (int editor = 1; editor <= editors; editor++) {
			int id = editor;
			this.running.add(this.clients.submit(() -> write(id)));
		}
		for (int reader = 1; reader <= readers; reader++) {
			this.running.add(this.clients.submit(this::read));
		}
		return this;
	}

	private Void write(int editor) throws InterruptedException {
		for (int n = 1; !this.stopping; n++) {
			String title = TITLE + " " + editor + "-" + n;
			// until acknowledged, also when stopping: every meeting sent ends acknowledged
			for (int attempt = 1;; attempt++) {
				Answer answer = send(Kind.WRITE, title, meeting(title, "failover-" + editor + "-" + n), attempt);
				if (answer.status() == 201) {
					this.acknowledged.add(title);
					break;
				}
				if (answer.status() != 503 && answer.status() != -1) {
					break;
				}
				Thread.sleep(250); // sooner than Retry-After, to time the recovery closely
			}
		}
		return null;
	}

	private Void read() throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/api/v1/meetings?from=2020-03-15&to=2020-03-15&limit=5"))
			.timeout(Duration.ofSeconds(30))
			.build();
		while (!this.stopping) {
			send(Kind.READ, "day", request, 1);
			Thread.sleep(50); // a reader's pace
		}
		return null;
	}

	private HttpRequest meeting(String title, String key) {
		String meeting = """
				{"title": "%s", "startDate": "2020-03-15", "kind": "040",
				 "participants": [{"official": "im-chon-il", "role": "Vice Foreign Minister"}],
				 "sources": [{"publisher": "Failover test", "quote": "written while the primary changes"}]}""".formatted(title);
		return HttpRequest.newBuilder(URI.create(this.base + "/api/v1/meetings"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", EDITOR)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(meeting))
			.build();
	}

	private Answer send(Kind kind, String what, HttpRequest request, int attempt) throws InterruptedException {
		long sentAt = System.nanoTime();
		Answer answer;
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			answer = new Answer(kind, what, attempt, sentAt, System.nanoTime(), response.statusCode(),
					response.headers().firstValue("Retry-After").orElse(null),
					response.headers().firstValue("Location").orElse(null),
					(response.statusCode() >= 400) ? response.body() : null);
		}
		catch (IOException ex) {
			// no answer within the client's 30 s, or the connection refused: never expected
			answer = new Answer(kind, what, attempt, sentAt, System.nanoTime(), -1, null, null, ex.toString());
		}
		this.answers.add(answer);
		return answer;
	}

	/** One editor posts one meeting with an {@code Idempotency-Key}. */
	Answer post(String title, String key) throws InterruptedException {
		return send(Kind.WRITE, title, meeting(title, key), 1);
	}

	/** One editor posts {@code count} meetings, one after the other; returns each one's latency. */
	List<Duration> timeWrites(String prefix, int count) throws InterruptedException {
		List<Duration> latencies = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			String title = prefix + " " + n;
			Answer answer = send(Kind.WRITE, title, meeting(title, title), 1);
			if (answer.status() != 201) {
				throw new IllegalStateException("A write during the latency measurement was answered " + answer);
			}
			latencies.add(Duration.ofNanos(answer.answeredAt() - answer.sentAt()));
		}
		return latencies;
	}

	/** Waits until {@code count} meetings more than now are acknowledged. */
	void awaitMoreAcknowledged(int count, Duration timeout) throws InterruptedException {
		int target = this.acknowledged.size() + count;
		PatroniCluster.await(timeout, target + " acknowledged writes", () -> this.acknowledged.size() >= target);
	}

	/** Waits for the first write sent after {@code nanoTime} that is acknowledged. */
	Answer awaitFirstAcknowledgedSentAfter(long nanoTime, Duration timeout) throws InterruptedException {
		PatroniCluster.await(timeout, "a write acknowledged",
				() -> firstAcknowledgedSentAfter(nanoTime).isPresent());
		return firstAcknowledgedSentAfter(nanoTime).orElseThrow();
	}

	private Optional<Answer> firstAcknowledgedSentAfter(long nanoTime) {
		return this.answers.stream()
			.filter((answer) -> answer.kind() == Kind.WRITE && answer.status() == 201 && answer.sentAt() - nanoTime > 0)
			.min((a, b) -> Long.compare(a.answeredAt(), b.answeredAt()));
	}

	List<Answer> answers(Predicate<Answer> which) {
		return this.answers.stream().filter(which).toList();
	}

	Set<String> acknowledged() {
		return Set.copyOf(this.acknowledged);
	}

	/** Stops the clients once each editor's meeting in flight is acknowledged. */
	@Override
	public void close() throws Exception {
		this.stopping = true;
		for (Future<?> client : this.running) {
			client.get(2, TimeUnit.MINUTES);
		}
		this.clients.shutdownNow();
	}

	enum Kind {

		WRITE, READ

	}

	/**
	 * One request and its answer: {@code status} -1 for none; {@code body} of an error only.
	 */
	record Answer(Kind kind, String what, int attempt, long sentAt, long answeredAt, int status, String retryAfter,
			String location, String body) {

		boolean sentBetween(long from, long to) {
			return this.sentAt - from >= 0 && to - this.sentAt >= 0;
		}

		@Override
		public String toString() {
			return this.kind + " " + this.what + " (attempt " + this.attempt + "): " + this.status + " after "
					+ Duration.ofNanos(this.answeredAt - this.sentAt).toMillis() + " ms"
					+ ((this.body != null) ? " " + this.body : "");
		}

	}

}
