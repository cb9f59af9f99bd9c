package org.contacttimeline.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming replica that public reads may use, and what is known of it: since when it is known to hold every
 * write the primary had acknowledged ({@link #freshAsOf}), and when it last failed. It is used while that moment is
 * at most {@code max-lag} ago and no failure came after it, so that a public read never misses a write acknowledged
 * more than {@code max-lag} before it began, and a replica that failed is skipped until a check finds it back.
 */
final class Replica implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Replica.class);

	private final HikariDataSource pool;

	private final long maxLag;

	/** {@link System#nanoTime()} when the primary was read at a WAL position the replica has since replayed. */
	private volatile Long freshAsOf;

	/** {@link System#nanoTime()} of the last failure to reach the replica. */
	private volatile Long failedAt;

	private volatile State state = State.UNKNOWN;

	Replica(HikariDataSource pool, Duration maxLag) {
		this.pool = pool;
		this.maxLag = maxLag.toNanos();
	}

	/** Whether a public read that begins now may use the replica. */
	boolean usable() {
		Long fresh = this.freshAsOf;
		Long failed = this.failedAt;
		return fresh != null && (failed == null || fresh - failed > 0) && System.nanoTime() - fresh <= this.maxLag;
	}

	/** A connection to the replica; waits at most the pool's connection timeout. */
	Connection connection() throws SQLException {
		return this.pool.getConnection();
	}

	/** The replica holds every write the primary had acknowledged at {@code nanoTime}. */
	void freshAsOf(long nanoTime) {
		Long fresh = this.freshAsOf;
		if (fresh == null || nanoTime - fresh > 0) {
			this.freshAsOf = nanoTime;
		}
		report(assess(), null);
	}

	/** The replica was checked and is behind the primary's latest position. */
	void behind() {
		report(assess(), null);
	}

	private State assess() {
		if (usable()) {
			return State.IN_USE;
		}
		Long fresh = this.freshAsOf;
		Long failed = this.failedAt;
		// not fresh since it failed: it stays reported as failed until a check after the failure finds it fresh
		return (failed != null && (fresh == null || failed - fresh >= 0)) ? this.state : State.LAGGING;
	}

	/** The replica could not be reached, or is no standby: skip it until a later check finds it fresh. */
	void failed(State why, Throwable cause) {
		this.failedAt = System.nanoTime();
		report(why, cause);
	}

	private void report(State now, Throwable cause) {
		State before = this.state;
		if (now == before) {
			return;
		}
		this.state = now;
		String url = this.pool.getJdbcUrl();
		switch (now) {
			case IN_USE -> log.info("Public reads go to the replica {}", url);
			case LAGGING -> log.warn("The replica {} is more than {} ms behind the primary: public reads go to the primary until it catches up",
					url, Duration.ofNanos(this.maxLag).toMillis());
			case DOWN -> log.warn("The replica {} cannot be reached ({}): public reads go to the primary", url,
					(cause != null) ? cause.getMessage() : "no answer");
			case NOT_A_STANDBY -> log.warn("{} is not a standby in recovery (promoted?): public reads go to the primary", url);
			default -> {
			}
		}
	}

	@Override
	public void close() {
		this.pool.close();
	}

	enum State {

		UNKNOWN, IN_USE, LAGGING, DOWN, NOT_A_STANDBY

	}

}
