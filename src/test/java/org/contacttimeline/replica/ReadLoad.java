package org.contacttimeline.replica;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Public reads sent without pause by several clients, each to one instance, until closed: a mix of lists (a day, a
 * month, a country, a pair), the timeline, statistics, the network, one meeting and exports, every other one with
 * {@code Cache-Control: no-cache} so that it is read from the database rather than from memory. What it keeps: how
 * many reads were answered, and each one that was not a complete 200.
 */
final class ReadLoad implements AutoCloseable {

	private static final List<Read> READS = List.of(new Read("/api/v1/meetings?date=2019-03-05", "}"),
			new Read("/api/v1/meetings?from=2019-03-01&to=2019-03-31", "}"), new Read("/api/v1/meetings?country=KP", "}"),
			new Read("/api/v1/meetings?country=KP&country=RU", "}"),
			new Read("/api/v1/timeline?from=2019-03-01&to=2019-03-31", "}"),
			new Read("/api/v1/stats?country=KP&country=RU&by=kind", "}"), new Read("/api/v1/network?date=2019-03-14", "}"),
			new Read("/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14", "}"),
			new Read("/api/v1/meetings?format=csv&country=KP&country=RU", "\n"),
			new Read("/api/v1/timeline?format=ics&from=2019-03-01&to=2019-03-31", "END:VCALENDAR\r\n"));

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final ExecutorService clients;

	private final List<Future<?>> running = new ArrayList<>();

	private final AtomicInteger answered = new AtomicInteger();

	private final AtomicInteger cold = new AtomicInteger();

	private final Queue<String> failures = new ConcurrentLinkedQueue<>();

	private volatile boolean stopped;

	/** Starts {@code clients} clients, client {@code i} sending to {@code bases[i % bases.size()]}. */
	ReadLoad(int clients, List<String> bases) {
		this.clients = Executors.newFixedThreadPool(clients);
		for (int i = 0; i < clients; i++) {
			String base = bases.get(i % bases.size());
			int first = i;
			this.running.add(this.clients.submit(() -> send(base, first)));
		}
	}

	private void send(String base, int first) {
		for (int n = first; !this.stopped; n++) {
			Read read = READS.get(n % READS.size());
			boolean fresh = (n / READS.size()) % 2 == 0;
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + read.path())).timeout(Duration.ofSeconds(30));
			if (fresh) {
				request.header("Cache-Control", "no-cache");
			}
			String failure;
			try {
				HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				failure = (response.statusCode() != 200 || !response.body().endsWith(read.ending()))
						? response.statusCode() + " " + response.body() : null;
			}
			catch (IOException ex) {
				// a body cut off (a chunked stream without its last chunk, fewer bytes than Content-Length) lands here
				failure = "no complete answer: " + ex;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (failure != null) {
				this.failures.add(base + read.path() + (fresh ? " (no-cache)" : "") + " -> " + failure);
			}
			if (fresh) {
				this.cold.incrementAndGet();
			}
			this.answered.incrementAndGet();
		}
	}

	/** How many reads have been answered (or failed) so far. */
	int answered() {
		return this.answered.get();
	}

	/** How many of them were sent with {@code Cache-Control: no-cache}. */
	int cold() {
		return this.cold.get();
	}

	/** Every read that was not a complete 200: its URL, then its status and body or what went wrong. */
	List<String> failures() {
		return List.copyOf(this.failures);
	}

	/** Until {@code more} further reads have been answered. */
	void awaitMore(int more, Duration timeout) throws InterruptedException {
		int target = answered() + more;
		long deadline = System.nanoTime() + timeout.toNanos();
		while (answered() < target) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Only " + answered() + " of " + target + " reads answered within " + timeout);
			}
			Thread.sleep(20); // between polls
		}
	}

	/** Stops sending; each client finishes the read it has in flight. */
	@Override
	public void close() throws Exception {
		this.stopped = true;
		this.clients.shutdown();
		if (!this.clients.awaitTermination(60, TimeUnit.SECONDS)) {
			this.clients.shutdownNow();
		}
		for (Future<?> client : this.running) {
			client.get(); // a client that failed outside a read says why
		}
	}

	/** A public read and how its complete body ends. */
	private record Read(String path, String ending) {
	}

}
