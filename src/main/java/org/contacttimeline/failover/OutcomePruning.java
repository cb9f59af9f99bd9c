package org.contacttimeline.failover;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Forgets, every hour and off the request path, the write outcomes older than {@code timeline.failover.keep-outcomes}:
 * a failover is settled in seconds, and a client sends a request again with its {@code Idempotency-Key} within that
 * time or not at all.
 */
final class OutcomePruning implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutcomePruning.class);

	private static final Duration INTERVAL = Duration.ofHours(1);

	private final WriteOutcomes outcomes;

	private final Duration keep;

	private volatile ScheduledExecutorService pruning;

	OutcomePruning(WriteOutcomes outcomes, Duration keep) {
		this.outcomes = outcomes;
		this.keep = keep;
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "write-outcome-pruning");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(() -> {
			try {
				log.debug("Forgot {} write outcomes", this.outcomes.prune(this.keep));
			}
			catch (RuntimeException ex) {
				log.debug("Could not forget old write outcomes (tried again in an hour): {}", ex.getMessage());
			}
		}, INTERVAL.toMinutes(), INTERVAL.toMinutes(), TimeUnit.MINUTES);
		this.pruning = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.pruning;
		if (executor != null) {
			executor.shutdownNow();
			this.pruning = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.pruning != null;
	}

}
