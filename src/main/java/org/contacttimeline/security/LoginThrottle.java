package org.contacttimeline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Locks an account name for a while after repeated failed logins, so that a password cannot be guessed at the
 * speed of HTTP: after {@code maxFailures} failures in a row the name is locked for {@code lock}, and every login
 * with it, right or wrong, is refused until then. A success ends the count. Names no account has are counted the
 * same way, so that the answers do not tell which accounts exist. Kept in memory: a restart forgets the counts, and
 * a count is forgotten a lock's time after its last failure. At most {@value #MAX_TRACKED} names are tracked, the
 * least used forgotten first: failures under many other names cannot wipe the count of one being guessed at (as
 * forgetting every unlocked count when full once could).
 */
class LoginThrottle {

	/** Names tracked at most. */
	private static final int MAX_TRACKED = 100_000;

	private final int maxFailures;

	private final Duration lock;

	private final Clock clock;

	private final Cache<String, State> states;

	LoginThrottle(int maxFailures, Duration lock, Clock clock) {
		this.maxFailures = maxFailures;
		this.lock = lock;
		this.clock = clock;
		this.states = Caffeine.newBuilder()
			.maximumSize(MAX_TRACKED)
			.expireAfterWrite(lock)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	/** How long the name stays locked from now, zero when it is not. */
	Duration lockedFor(String name) {
		State state = this.states.getIfPresent(key(name));
		if (state == null || state.lockedUntil == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(this.clock.instant(), state.lockedUntil);
		return left.isNegative() ? Duration.ZERO : left;
	}

	void failed(String name) {
		this.states.asMap().compute(key(name), (key, state) -> {
			Instant now = this.clock.instant();
			State next = (state == null || (state.lockedUntil != null && !state.lockedUntil.isAfter(now)))
					? new State(0, null) : state;
			int failures = next.failures + 1;
			return new State(failures, failures >= this.maxFailures ? now.plus(this.lock) : null);
		});
	}

	void succeeded(String name) {
		this.states.invalidate(key(name));
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private record State(int failures, Instant lockedUntil) {
	}

}
