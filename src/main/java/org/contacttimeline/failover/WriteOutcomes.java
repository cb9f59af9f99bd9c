package org.contacttimeline.failover;

import java.time.Duration;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each write transaction returned, recorded by that transaction itself (table {@code write_outcome}): whether a
 * write committed is then a fact of the database, read on whichever server is the primary now. Every statement runs
 * on the current transaction's connection.
 */
final class WriteOutcomes {

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	WriteOutcomes(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/**
	 * Takes the token for the current transaction, first thing, or finds the outcome of the transaction that committed
	 * with it. A transaction still open with the same token (an earlier attempt whose connection broke while the
	 * primary lives on) holds the row: this waits for it to end, so that two attempts never both commit.
	 * @return empty when the token is now this transaction's
	 */
	Optional<Outcome> claim(String token, String request) {
		if (this.jdbc.update("insert into write_outcome (token, request) values (?, ?) on conflict (token) do nothing",
				token, request) == 1) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc.queryForObject("select request, result from write_outcome where token = ?",
				(row, n) -> new Outcome(row.getString(1), row.getString(2)), token));
	}

	/**
	 * Records what the transaction returns, after every change it made has been sent. Its COMMIT then waits for the
	 * synchronous standby without the statement timeout: a timeout that cancels that wait lets PostgreSQL report the
	 * commit as done although no standby has it (it only warns), and this write would be acknowledged unreplicated.
	 */
	void complete(String token, String result) {
		this.entityManager.flush();
		this.jdbc.update("update write_outcome set result = ? where token = ?", result, token);
		this.jdbc.execute("set local statement_timeout = 0");
	}

	/** Forgets the outcomes older than {@code keep}; returns how many. */
	int prune(Duration keep) {
		return this.jdbc.update("delete from write_outcome where written_at < now() - ? * interval '1 second'",
				keep.toSeconds());
	}

	/** A committed write: the request that made it, and what its transaction returned ({@code null} for nothing). */
	record Outcome(String request, String result) {
	}

}
