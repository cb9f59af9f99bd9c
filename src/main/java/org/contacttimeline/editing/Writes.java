package org.contacttimeline.editing;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How a controller answers a write: the editor's transaction is run, and run again when it lost a race that a second
 * attempt settles ({@link #run}); then the resource is read back as the API shows it, with its ETag.
 * <p>
 * Why again: two editors who cite the same new source at the same moment both find no such source and both insert
 * one; the database lets the first in and refuses the second with a unique violation on the source's slug. Run again, the second write finds
 * the first's source (committed by then: PostgreSQL reports the violation only once the first commits) and cites
 * it. The same holds for every get-or-create and for a deadlock or serialization failure between two writes.
 * <p>
 * A real conflict stays one: a write that asks for a taken slug finds it taken on its next attempt and is
 * answered 409 by the editor's own check. Call this outside the transaction, so that each attempt gets its own.
 */
@Component
public class Writes {

	private static final Logger log = LoggerFactory.getLogger(Writes.class);

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

	/** 201: {@code create} returns the new resource's slug; the resource is read back under it. */
	public <T> ResponseEntity<T> created(Supplier<String> create, Function<String, Versioned<T>> read) {
		String slug = run(create);
		return read.apply(slug).created(slug);
	}

	/** 200: {@code replace} returns the resource's slug (a new one when it was renamed); it is read back under it. */
	public <T> ResponseEntity<T> replaced(Supplier<String> replace, Function<String, Versioned<T>> read) {
		return read.apply(run(replace)).ok();
	}

	/** 204. */
	public ResponseEntity<Void> deleted(Runnable delete) {
		run(delete);
		return ResponseEntity.noContent().build();
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
