package org.contacttimeline.editing;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Runs a whole write transaction again when it lost a race that a second attempt settles. Two editors who cite
 * the same new source at the same moment both find no such source and both insert one; the database lets the
 * first in and refuses the second with a unique violation on the source's slug. Run again, the second write finds
 * the first's source (committed by then: PostgreSQL reports the violation only once the first commits) and cites
 * it. The same holds for every get-or-create and for a deadlock or serialization failure between two writes.
 * <p>
 * A real conflict stays one: a write that asks for a taken slug finds it taken on its next attempt and is
 * answered 409 by the editor's own check. Call this outside the transaction, so that each attempt gets its own.
 */
@Component
public class WriteRetry {

	private static final Logger log = LoggerFactory.getLogger(WriteRetry.class);

	/** unique_violation, serialization_failure, deadlock_detected */
	private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01");

	static final int ATTEMPTS = 5;

	public <T> T run(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				if (attempt >= ATTEMPTS || !lostRace(ex)) {
					throw ex;
				}
				log.debug("Write lost a race (attempt {}), running it again: {}", attempt, ex.getMostSpecificCause().getMessage());
			}
		}
	}

	public void run(Runnable write) {
		run(() -> {
			write.run();
			return null;
		});
	}

	private static boolean lostRace(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && LOST_RACE.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
