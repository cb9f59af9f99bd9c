package org.contacttimeline.security;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.contacttimeline.web.Problems;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTests {

	@Test
	void tellsHowToConfigureAnEditorWhenNoneIs() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		new ProblemResponses(new Problems(JsonMapper.builder().build()), false).commence(
				new MockHttpServletRequest("POST", "/api/v1/meetings"), response, new BadCredentialsException("none"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("no editor is configured", "TIMELINE_SECURITY_EDITOR_USERNAME",
				"TIMELINE_SECURITY_EDITOR_PASSWORD");
	}

	@Test
	void answersALoginThatCouldNotBeCheckedAs503AndDoesNotCountItAsAFailure() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/meetings");
		MockHttpServletResponse response = new MockHttpServletResponse();

		new ProblemResponses(new Problems(JsonMapper.builder().build()), true).commence(request, response,
				new org.springframework.security.authentication.InternalAuthenticationServiceException("pool timeout"));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).matches("\\d+");
		assertThat(response.getContentAsString()).contains("could not be checked").doesNotContain("pool timeout");
		assertThat(request.getAttribute(ProblemResponses.LOGIN_FAILED)).isNull();
	}

	@Test
	void remembersTheOutcomeOfAComparisonSoTheSameCredentialsCostOneCheck() {
		java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
		org.springframework.security.crypto.password.PasswordEncoder counting = new org.springframework.security.crypto.password.PasswordEncoder() {

			@Override
			public String encode(CharSequence raw) {
				return "{plain}" + raw;
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				checks.incrementAndGet();
				return encoded.equals(encode(raw));
			}

		};
		RememberedChecks remembered = new RememberedChecks(counting, java.time.Duration.ofMinutes(1), 100);

		for (int i = 0; i < 5; i++) {
			assertThat(remembered.matches("bogus", "{plain}secret")).isFalse();
			assertThat(remembered.matches("secret", "{plain}secret")).isTrue();
		}
		assertThat(checks).hasValue(2);
		assertThat(remembered.matches("secret", "{plain}changed")).as("a new hash is checked afresh").isFalse();
		assertThat(checks).hasValue(3);
	}

	@Test
	void acceptsAPasswordAsItIsOrAsAnEncodedHashButNeverShowsIt() {
		EditorProperties plain = new EditorProperties("editor", "s3cret");
		EditorProperties hashed = new EditorProperties("editor", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv");

		assertThat(plain.storedPassword()).isEqualTo("{noop}s3cret");
		assertThat(hashed.storedPassword()).isEqualTo("{bcrypt}$2a$10$abcdefghijklmnopqrstuv");
		assertThat(plain.toString()).doesNotContain("s3cret");
		assertThat(new EditorProperties("editor", " ").configured()).isFalse();
	}

}
