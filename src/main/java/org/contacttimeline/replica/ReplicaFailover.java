package org.contacttimeline.replica;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.contacttimeline.cache.ReadFailover;
import org.contacttimeline.db.DatabaseFailures;

/**
 * A public read that lost its replica (stopped, crashed, cut off) goes on to the primary, which is never behind it:
 * the replica is marked down and the rest of the request reads the primary. The answer cache asks this before it
 * answers 503 (see {@code cache.CachedReads}), as {@link ReadRetry} does for a read-only transaction of its own.
 */
final class ReplicaFailover implements ReadFailover {

	private static final Logger log = LoggerFactory.getLogger(ReplicaFailover.class);

	private final Replica replica;

	ReplicaFailover(Replica replica) {
		this.replica = replica;
	}

	@Override
	public boolean movedAway(Throwable failure) {
		ReadRoute route = ReadRoute.current();
		if (route == null || !route.onReplica() || !DatabaseFailures.lostConnection(failure)) {
			return false;
		}
		this.replica.failed(Replica.State.DOWN, failure);
		route.toPrimary();
		log.info("The replica was lost during a read; reading it again on the primary");
		return true;
	}

}
