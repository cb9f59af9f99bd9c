package org.contacttimeline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks an account name for a while after repeated failed logins, so that a password cannot be guessed at the
 * speed of HTTP: after {@code maxFailures} failures in a row the name is locked for {@code lock}, and every login
 * with it, right or wrong, is refused until then. A success ends the count. Names no account has are counted the
 * same way, so that the answers do not tell which accounts exist. Kept in memory: a restart forgets the counts.
 */
class LoginThrottle {

	/** Names tracked at most; beyond, those not locked are forgotten first. */
	private static final int MAX_TRACKED = 10_000;

	private final int maxFailures;

	private final Duration lock;

	private final Clock clock;

	private final Map<String, State> states = new ConcurrentHashMap<>();

	LoginThrottle(int maxFailures, Duration lock, Clock clock) {
		this.maxFailures = maxFailures;
		this.lock = lock;
		this.clock = clock;
	}

	/** How long the name stays locked from now, zero when it is not. */
	Duration lockedFor(String name) {
		State state = this.states.get(key(name));
		if (state == null || state.lockedUntil == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(this.clock.instant(), state.lockedUntil);
		return left.isNegative() ? Duration.ZERO : left;
	}

	void failed(String name) {
		if (this.states.size() >= MAX_TRACKED) {
			Instant now = this.clock.instant();
			this.states.values().removeIf((state) -> state.lockedUntil == null || state.lockedUntil.isBefore(now));
		}
		this.states.compute(key(name), (key, state) -> {
			Instant now = this.clock.instant();
			State next = (state == null || (state.lockedUntil != null && !state.lockedUntil.isAfter(now)))
					? new State(0, null) : state;
			int failures = next.failures + 1;
			return new State(failures, failures >= this.maxFailures ? now.plus(this.lock) : null);
		});
	}

	void succeeded(String name) {
		this.states.remove(key(name));
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private record State(int failures, Instant lockedUntil) {
	}

}
