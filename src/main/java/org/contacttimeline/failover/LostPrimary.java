package org.contacttimeline.failover;

import org.contacttimeline.db.DatabaseFailures;

/**
 * Whether a failure means that the primary went away or is no longer the primary, rather than that the work itself
 * was refused: what a change of primary looks like from the pool (a lost connection, or a write refused by a server
 * in recovery: a primary just demoted, reached before the pool noticed).
 */
final class LostPrimary {

	private LostPrimary() {
	}

	static boolean test(Throwable failure) {
		return DatabaseFailures.lostConnection(failure) || DatabaseFailures.readOnlyServer(failure);
	}

}
