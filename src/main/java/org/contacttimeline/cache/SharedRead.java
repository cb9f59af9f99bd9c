package org.contacttimeline.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

/**
 * One read of a value at a time, shared by every caller that asks while it waits for its turn: a caller that asks
 * while no read is waiting starts one, which begins once the read under way (if any) has ended; callers that ask
 * before it begins get its value too. So each caller gets a value read after it asked (never one read before: a
 * write that committed before the caller asked is seen), and however many ask at once, at most one read runs, and
 * one waits.
 * <p>
 * This is how {@link CachedReads} reads the newest data version: under load, a statement for each hot read or
 * revalidation would keep a pooled connection and a server process busy for each request at once, where one
 * statement answers all that arrived while the last one ran.
 */
final class SharedRead implements LongSupplier {

	private final LongSupplier source;

	private final Object lock = new Object();

	/** The read asked for last: waiting for its turn (not begun) or under way or ended; null before the first. */
	private Turn last;

	SharedRead(LongSupplier source) {
		this.source = source;
	}

	@Override
	public long getAsLong() {
		Turn turn;
		Turn before = null;
		boolean shared;
		synchronized (this.lock) {
			shared = this.last != null && !this.last.begun; // it begins after now: its value will do
			if (shared) {
				turn = this.last;
			}
			else {
				before = this.last;
				turn = new Turn();
				this.last = turn;
			}
		}
		if (shared) {
			return turn.value();
		}
		if (before != null) {
			before.ended.exceptionally((failure) -> 0L).join(); // one at a time; a failure is its own callers'
		}
		synchronized (this.lock) {
			turn.begun = true;
		}
		try {
			turn.ended.complete(this.source.getAsLong());
		}
		catch (RuntimeException | Error ex) {
			turn.ended.completeExceptionally(ex);
		}
		return turn.value();
	}

	/** A read: its callers wait for it to end. */
	private static final class Turn {

		/** Whether it has begun; set and read under the lock. */
		boolean begun;

		final CompletableFuture<Long> ended = new CompletableFuture<>();

		long value() {
			try {
				return this.ended.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}

	}

}
