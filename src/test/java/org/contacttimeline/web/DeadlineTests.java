package org.contacttimeline.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

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

	@Test
	void isAnsweredAsAStatementTimeoutIs() throws Exception {
		ProblemHandler problems = new ProblemHandler(Duration.ofSeconds(5), Duration.ofSeconds(10));
		Deadline.Passed passed = new Deadline.Passed(Duration.ofSeconds(5));

		ResponseEntity<ProblemDetail> answer = problems.unexpected(passed,
				new MockHttpServletRequest("GET", "/api/v1/network"), new MockHttpServletResponse());

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
		assertThat(answer.getBody().getDetail()).contains("took longer than the service allows", "Narrow the filter");
	}

}
