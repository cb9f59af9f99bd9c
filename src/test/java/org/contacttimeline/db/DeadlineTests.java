package org.contacttimeline.db;

import java.time.Duration;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request's computation stops once the time of one statement has passed, and only then. */
class DeadlineTests {

	@Test
	void letsWorkGoOnBeforeItsTimeAndStopsItAfter() {
		Deadline ahead = Deadline.after(Duration.ofMinutes(1));
		Deadline past = Deadline.after(Duration.ZERO);

		assertThat(ahead.passed()).isFalse();
		assertThatNoException().isThrownBy(ahead::check);
		assertThat(past.passed()).isTrue();
		assertThatThrownBy(past::check).isInstanceOf(Deadline.Passed.class).hasMessageContaining("0 ms");
	}

	@Test
	void neverPassesForWorkThatIsNoRequests() {
		assertThat(Deadline.none().passed()).isFalse();
		assertThatNoException().isThrownBy(Deadline.none()::check);
	}

	@Test
	void lastsAsLongAsTheStatementTimeoutInPostgreSqlsForm() {
		assertThat(Deadline.Clock.duration("5s")).isEqualTo(Duration.ofSeconds(5));
		assertThat(Deadline.Clock.duration("500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(Deadline.Clock.duration("1min")).isEqualTo(Duration.ofMinutes(1));
		assertThat(Deadline.Clock.duration("250")).isEqualTo(Duration.ofMillis(250));
		assertThat(new Deadline.Clock("0").start().passed()).isFalse();
		assertThat(new Deadline.Clock("1ms").start()).isNotSameAs(Deadline.none());
		assertThatThrownBy(() -> Deadline.Clock.duration("five seconds")).isInstanceOf(IllegalArgumentException.class);
	}

}
