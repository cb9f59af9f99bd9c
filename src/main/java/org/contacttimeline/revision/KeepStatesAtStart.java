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
 * reports ready, any further ones behind it, a batch per transaction; the feed reads those it meets before from the
 * history. Idempotent: a state is kept once, a start that is stopped half way goes on where it stopped.
 */
@Component
@ConditionalOnWebApplication
class KeepStatesAtStart {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KeepStatesAtStart.class);

	private static final int BATCH = 500;

	private static final int AT_START = 5_000;

	private final ChangeStates states;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	KeepStatesAtStart(ChangeStates states, EntityManager entityManager, PlatformTransactionManager transactions) {
		this.states = states;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void keep() {
		ChangeCursor next = keep(null, AT_START);
		if (next != null) {
			Thread rest = new Thread(() -> keep(next, Long.MAX_VALUE), "keep-change-states");
			rest.setDaemon(true);
			rest.start();
		}
	}

	/** Keeps states from {@code after} for about {@code changes} changes; where it stopped, or null at the end. */
	private ChangeCursor keep(ChangeCursor after, long changes) {
		ChangeCursor next = after;
		long start = System.nanoTime();
		try {
			for (long read = 0; read < changes; read += BATCH) {
				ChangeCursor from = next;
				next = this.transactions.execute((status) -> this.states.keep(this.entityManager, 0, from, BATCH));
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
