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
	void acceptsAPasswordAsItIsOrAsAnEncodedHashButNeverShowsIt() {
		EditorProperties plain = new EditorProperties("editor", "s3cret");
		EditorProperties hashed = new EditorProperties("editor", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv");

		assertThat(plain.storedPassword()).isEqualTo("{noop}s3cret");
		assertThat(hashed.storedPassword()).isEqualTo("{bcrypt}$2a$10$abcdefghijklmnopqrstuv");
		assertThat(plain.toString()).doesNotContain("s3cret");
		assertThat(new EditorProperties("editor", " ").configured()).isFalse();
	}

}
