package org.contacttimeline.web;

import java.net.http.HttpRequest;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.Bodies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error answer is a problem that names its request, whatever layer refuses it and whatever the client accepts,
 * and says what fits the request: a refused read speaks of reading.
 */
@ApiTest
class ProblemBodiesTests {

	@Autowired
	Api api;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/v1/kinds", "/api/v1/meetings/no-such-meeting" })
	void answersAnAcceptItCannotMeetWithAProblem(String path) {
		Api.Response response = this.api.send(HttpRequest.newBuilder(this.api.uri(path)).header("Accept", "text/csv")
			.GET().build());

		assertThat(response.status()).isIn(406, 404);
		assertIdentifiedProblem(response);
	}

	@org.junit.jupiter.api.Test
	void stillServesThePageToAClientThatAcceptsHtmlOrAnything() {
		for (String accept : new String[] { "text/html,application/xhtml+xml,*/*;q=0.8", "*/*", null }) {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.api.uri("/")).GET();
			if (accept != null) {
				request.header("Accept", accept);
			}
			Api.Response response = this.api.send(request.build());

			assertThat(response.status()).as(accept).isEqualTo(200);
			assertThat(response.header("Content-Type")).startsWith("text/html");
			assertThat(response.body()).contains("<html");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST /api/v1/meetings", "POST /api/v1/officials", "PUT /api/v1/sources/x" })
	void answersABodyThatIsNotJsonWithA415ProblemThatNamesTheRequest(String request) {
		String[] parts = request.split(" ");
		Api.Response response = this.api.send(HttpRequest.newBuilder(this.api.uri(parts[1]))
			.method(parts[0], HttpRequest.BodyPublishers.ofString(Bodies.meeting("not-json", "Not JSON")))
			.header("Content-Type", "text/plain").header("Accept", "application/json").header("Authorization", Api.EDITOR)
			.build());

		assertThat(response.status()).isEqualTo(415);
		assertIdentifiedProblem(response);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/candidates", "/api/v1/candidat%65s", "/api/v1/imports/1", "/api/v1/articles/1",
			"/api/v1/candidates/groups" })
	void refusesAnEditorsReadWithoutCredentialsSayingReading(String path) {
		Api.Response response = this.api.get(path);

		assertThat(response.status()).isEqualTo(401);
		assertIdentifiedProblem(response);
		assertThat(response.<String>json("$.detail")).startsWith("Reading").doesNotContain("Writing");
	}

	private static void assertIdentifiedProblem(Api.Response response) {
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.<String>json("$.requestId")).isNotBlank().isEqualTo(response.header("X-Request-Id"));
	}

}
