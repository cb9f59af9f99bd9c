package org.contacttimeline.web;

import java.time.Duration;

import org.contacttimeline.db.Deadline;
import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A computation past its deadline is answered as a statement past the statement timeout is. */
class DeadlineProblemTests {

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
