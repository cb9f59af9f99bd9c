package org.contacttimeline.revision;

import jakarta.persistence.EntityManager;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the states of the changes whose states are not kept yet: the history written before states were kept, and
 * what migrations or SQL wrote without the API. Once, when the service starts: the first {@value #AT_START} before it
 * reports ready, any further ones behind it, a batch per transaction, from the first change whose state is missing;
 * the feed reads those it meets before from the history. Idempotent: a state is kept once, a start that is stopped
 * half way goes on where it stopped.
 */
@Component
@ConditionalOnWebApplication
class KeepStatesAtStart {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KeepStatesAtStart.class);

	private static final int BATCH = 500;

	private static final int AT_START = 5_000;

	private final ChangeStates states;

	private final ChangeRows changes;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	KeepStatesAtStart(ChangeStates states, ChangeRows changes, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		this.states = states;
		this.changes = changes;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void keep() {
		// the history is read from the first change not kept on: none at all when every state is (a start after the
		// first), where each start used to page through the whole history, its kept states with it
		long since = this.changes.firstMissing().map((revision) -> revision - 1).orElse(-1L);
		if (since < 0) {
			return;
		}
		ChangeCursor next = keep(since, null, AT_START);
		if (next != null) {
			Thread rest = new Thread(() -> keep(since, next, Long.MAX_VALUE), "keep-change-states");
			rest.setDaemon(true);
			rest.start();
		}
	}

	/**
	 * Keeps states after revision {@code since}, from {@code after}, for about {@code changes} changes; where it
	 * stopped, or null at the end.
	 */
	private ChangeCursor keep(long since, ChangeCursor after, long changes) {
		ChangeCursor next = after;
		long start = System.nanoTime();
		try {
			for (long read = 0; read < changes; read += BATCH) {
				ChangeCursor from = next;
				next = this.transactions.execute((status) -> this.states.keep(this.entityManager, since, from, BATCH));
				if (next == null) {
					log.info("Kept the states of the change feed in {} ms", (System.nanoTime() - start) / 1_000_000);
					return null;
				}
			}
			return next;
		}
		catch (RuntimeException ex) {
			// the feed reads what is not kept from the history: slower, not wrong
			log.warn("Could not keep the states of the change feed after {}: {}", next, ex.toString());
			return null;
		}
	}

}
