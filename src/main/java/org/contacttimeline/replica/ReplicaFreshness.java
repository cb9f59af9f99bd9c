package org.contacttimeline.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Finds out, every {@code check-interval} and off the request path, how fresh the replica is, from WAL positions
 * rather than clocks: it reads the primary's WAL position, then the position the replica has replayed; the replica
 * holds every write the primary had acknowledged at the latest check whose primary position it has replayed. This is
 * exact on an idle primary (where the time of the last replayed transaction only says that nothing happened) and needs
 * no synchronised clocks. Costs one statement on the primary and one on the replica per interval and instance.
 */
final class ReplicaFreshness implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReplicaFreshness.class);

	private final DataSource primary;

	private final Replica replica;

	private final Duration interval;

	private final Duration maxLag;

	/** Primary positions not yet known replayed, oldest first; only the checking thread touches it. */
	private final Deque<Position> positions = new ArrayDeque<>();

	private volatile ScheduledExecutorService checks;

	/**
	 * @param primary the application's DataSource: outside a request it is the primary
	 */
	ReplicaFreshness(DataSource primary, Replica replica, Duration interval, Duration maxLag) {
		this.primary = primary;
		this.replica = replica;
		this.interval = interval;
		this.maxLag = maxLag;
	}

	/** One check: reads both positions and tells the replica what they mean. */
	void check() {
		long started = System.nanoTime();
		long written;
		try (Connection connection = this.primary.getConnection();
				Statement statement = connection.createStatement();
				ResultSet position = statement.executeQuery("select (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint")) {
			position.next();
			written = position.getLong(1);
		}
		catch (SQLException ex) {
			// the primary is away: nothing is learnt, and the replica's freshness ages until it is back
			log.debug("Could not read the primary's WAL position: {}", ex.getMessage());
			return;
		}
		this.positions.addLast(new Position(started, written));
		long replayed;
		try (Connection connection = this.replica.connection();
				Statement statement = connection.createStatement();
				ResultSet position = statement.executeQuery(
						"select pg_is_in_recovery(), (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint")) {
			position.next();
			if (!position.getBoolean(1)) {
				this.replica.failed(Replica.State.NOT_A_STANDBY, null);
				return;
			}
			replayed = position.getLong(2);
		}
		catch (SQLException ex) {
			this.replica.failed(Replica.State.DOWN, ex);
			return;
		}
		Position caughtUp = null;
		while (!this.positions.isEmpty() && this.positions.peekFirst().written() <= replayed) {
			caughtUp = this.positions.pollFirst();
		}
		if (caughtUp != null) {
			this.replica.freshAsOf(caughtUp.readAt());
		}
		else {
			this.replica.behind();
		}
		// positions older than max-lag could no longer make the replica usable: forget them
		while (!this.positions.isEmpty() && started - this.positions.peekFirst().readAt() > this.maxLag.toNanos()) {
			this.positions.pollFirst();
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "replica-freshness");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(() -> {
			try {
				check();
			}
			catch (RuntimeException ex) {
				log.warn("Checking the replica failed", ex);
			}
		}, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
		this.checks = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.checks;
		if (executor != null) {
			executor.shutdownNow();
			this.checks = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.checks != null;
	}

	/** The primary's WAL position, in bytes, read at a {@link System#nanoTime()}. */
	private record Position(long readAt, long written) {
	}

}
