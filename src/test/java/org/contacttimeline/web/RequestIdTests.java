package org.contacttimeline.web;

import java.net.http.HttpRequest;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer names its request: the id the caller sent (when well-formed) or a new one, in the X-Request-Id header,
 * in every problem and in every log line written while the request ran, so that a user's complaint leads to its log.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTests {

	@Autowired
	Api api;

	@Test
	void echoesAWellFormedRequestIdInTheHeaderAndTheProblem() {
		Api.Response response = get("/api/v1/meetings?date=2019-3-5", "checkout-42.a:b_c");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("X-Request-Id")).isEqualTo("checkout-42.a:b_c");
		assertThat(response.<String>json("$.requestId")).isEqualTo("checkout-42.a:b_c");
	}

	@Test
	void replacesAMalformedRequestIdWithANewOne() {
		for (String malformed : new String[] { "two words", "x".repeat(65), "-leading-dash", "a<b>" }) {
			Api.Response response = get("/api/v1/meetings/no-such-meeting", malformed);

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
			assertThat(response.<String>json("$.requestId")).isEqualTo(response.header("X-Request-Id"));
		}
	}

	@Test
	void givesEveryAnswerAnIdAndProblemsFromEveryLayerCarryIt() {
		Api.Response ok = this.api.get("/api/v1/kinds");
		Api.Response refusedWrite = this.api.write("POST", "/api/v1/meetings", "{}", null, null);
		Api.Response tomcat = this.api.raw("/api/v1/meetings?q=%zz");

		assertThat(ok.header("X-Request-Id")).isNotBlank();
		for (Api.Response problem : new Api.Response[] { refusedWrite, tomcat }) {
			assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
			assertThat(problem.<String>json("$.requestId")).isNotBlank().isEqualTo(problem.header("X-Request-Id"));
		}
	}

	@Test
	void writesTheRequestIdInEveryLogLineOfTheRequest(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("org.springframework.web.servlet.DispatcherServlet", LogLevel.DEBUG);
		try {
			// afresh: an answer kept from an earlier test would be sent without reaching the dispatcher
			this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/kinds")).header("X-Request-Id", "trace-me-7")
				.header("Cache-Control", "no-cache").GET().build());
		}
		finally {
			logging.setLogLevel("org.springframework.web.servlet.DispatcherServlet", null);
		}

		assertThat(output.getOut().lines().filter((line) -> line.contains("DispatcherServlet")))
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(line).contains("[trace-me-7]"));
	}

	private Api.Response get(String path, String requestId) {
		return this.api.send(HttpRequest.newBuilder(this.api.uri(path)).header("X-Request-Id", requestId).GET().build());
	}

}
