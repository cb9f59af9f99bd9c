package org.contacttimeline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private Instant now = Instant.parse("2030-01-01T00:00:00Z");

	private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(1), new Clock() {

		@Override
		public Instant instant() {
			return LoginThrottleTests.this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void locksANameForAMinuteAfterFiveFailuresInARowWhateverItsCase() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("Alice");
		}
		assertThat(this.throttle.lockedFor("alice")).isZero();

		this.throttle.failed("alice");

		assertThat(this.throttle.lockedFor("ALICE")).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.throttle.lockedFor("bob")).isZero();
	}

	@Test
	void theLockEndsWhenItsTimeIsUpAndTheCountStartsAgain() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("alice");
		}

		this.now = this.now.plusSeconds(45);
		assertThat(this.throttle.lockedFor("alice")).isEqualTo(Duration.ofSeconds(15));
		this.now = this.now.plusSeconds(15);
		assertThat(this.throttle.lockedFor("alice")).isZero();
		this.throttle.failed("alice");
		assertThat(this.throttle.lockedFor("alice")).as("one failure after the lock does not lock again").isZero();
	}

	@Test
	void failuresUnderManyOtherNamesDoNotWipeTheCountOfOneBeingGuessedAt() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("alice");
		}
		for (int i = 0; i < 20_000; i++) {
			this.throttle.failed("spray-" + i);
		}

		this.throttle.failed("alice");

		assertThat(this.throttle.lockedFor("alice")).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void aCountIsForgottenALocksTimeAfterItsLastFailure() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("alice");
		}

		this.now = this.now.plusSeconds(61);
		this.throttle.failed("alice");

		assertThat(this.throttle.lockedFor("alice")).isZero();
	}

	@Test
	void aSuccessfulLoginEndsTheCount() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("alice");
		}

		this.throttle.succeeded("alice");
		this.throttle.failed("alice");

		assertThat(this.throttle.lockedFor("alice")).isZero();
	}

	@Test
	void readsTheNameOfBasicCredentials() {
		assertThat(LoginThrottleFilter.basicName("Basic YWxpY2U6c2VjcmV0")).isEqualTo("alice");
		assertThat(LoginThrottleFilter.basicName("basic YWxpY2U6c2VjcmV0")).isEqualTo("alice");
		assertThat(LoginThrottleFilter.basicName("Basic not-base64!")).isNull();
		assertThat(LoginThrottleFilter.basicName("Bearer abc")).isNull();
		assertThat(LoginThrottleFilter.basicName(null)).isNull();
	}

}
