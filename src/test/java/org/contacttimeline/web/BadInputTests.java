package org.contacttimeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input a user can send to the list endpoints is answered with a 400 problem that names the
 * offending parameter, and unknown resources with a 404 problem; never with a 5xx.
 */
@ApiTest
class BadInputTests {

	private static final List<String> LISTS = List.of("/api/v1/meetings", "/api/v1/timeline", "/api/v1/officials",
			"/api/v1/delegations");

	private static final List<BadInput> BAD_INPUTS = List.of(
			new BadInput("an impossible date", "date=2019-02-30", "date"),
			new BadInput("an impossible start", "from=2019-02-29", "from"),
			new BadInput("a date without two-digit month and day", "date=2019-3-5", "date"),
			new BadInput("a word for a date", "date=yesterday", "date"),
			new BadInput("an empty date", "date=", "date"),
			new BadInput("from after to", "from=2019-03-10&to=2019-03-01", "from"),
			new BadInput("an unknown country", "country=XX", "country"),
			new BadInput("a malformed country", "country=R1", "country"),
			new BadInput("a country with a trailing space", "country=RUS%20", "country"),
			new BadInput("a limit of 0", "limit=0", "limit"),
			new BadInput("a limit above 500", "limit=501", "limit"),
			new BadInput("a limit that is no number", "limit=abc", "limit"),
			new BadInput("a negative limit", "limit=-1", "limit"),
			new BadInput("a limit beyond any integer", "limit=99999999999999", "limit"),
			new BadInput("an unknown status", "status=unknown", "status"),
			new BadInput("a cursor this service never issued", "cursor=abc", "cursor"),
			new BadInput("an unknown parameter", "colour=red", "colour"),
			new BadInput("a single parameter repeated", "date=2019-03-05&date=2019-03-06", "date"),
			new BadInput("a 10 KB text", "q=" + "a".repeat(10 * 1024), "q"));

	@Autowired
	Api api;

	static Stream<Arguments> badInputs() {
		List<Arguments> cases = new ArrayList<>();
		for (String list : LISTS) {
			for (BadInput input : BAD_INPUTS) {
				cases.add(Arguments.of(list, input));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("badInputs")
	void rejectsBadInputWithAProblemNamingTheParameter(String list, BadInput input) {
		Api.Response response = this.api.get(list + "?" + input.query());

		assertBadRequestNaming(response, input.field());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/meetings", "/api/v1/timeline", "/api/v1/officials", "/api/v1/delegations" })
	void rejectsARealCursorWithOneCharacterChanged(String list) {
		String cursor = this.api.get("/api/v1/meetings?limit=1").json("$.next");
		assertThat(this.api.get(list + "?cursor=" + cursor).status()).isEqualTo(200);
		// The first character carries the cursor's version, so changing it can never make another valid cursor.
		String tampered = (cursor.charAt(0) == 'M' ? "N" : "M") + cursor.substring(1);

		Api.Response response = this.api.get(list + "?cursor=" + tampered);

		assertBadRequestNaming(response, "cursor");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/meetings/x", "/api/v1/officials/x", "/api/v1/delegations/x",
			"/api/v1/nothing-here" })
	void answersAnUnknownResourceWithA404Problem(String path) {
		Api.Response response = this.api.get(path);

		assertThat(response.status()).as("status of %s", path).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.<Integer>json("$.status")).isEqualTo(404);
		assertThat(response.<String>json("$.detail")).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v2/meetings", "/api/v1/countries/RU", "/meetings" })
	void answersAPathThatServesNothingWithWhereTheApiIsNotWithAStaticResource(String path) {
		Api.Response response = this.api.get(path);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.<String>json("$.detail")).isEqualTo("Nothing is served at " + path
				+ ". The API's paths are listed in its document, /v3/api-docs (Swagger UI: /swagger-ui.html); the page is at /.");
		assertThat(response.<String>json("$.requestId")).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/meetings?q=%zz", "/api/v1/meetings/%FF%FE", "/api/v1/meetings/a%2Fb" })
	void answersWhatCannotBeDecodedWithA400ProblemNotA500OrAnHtmlPage(String url) {
		Api.Response response = this.api.raw(url);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.<String>json("$.detail")).contains("percent-encoded UTF-8");
	}

	@org.junit.jupiter.api.Test
	void answersAQueryStringBeyondTheHeaderLimitWithA400Problem() {
		Api.Response response = this.api.get("/api/v1/meetings?q=" + "a".repeat(40_000));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	private static void assertBadRequestNaming(Api.Response response, String field) {
		assertThat(response.status()).as("status (never a 5xx); body: %s", response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.<String>json("$.detail")).isNotBlank();
		assertThat(response.<List<String>>json("$.errors[*].field")).contains(field);
	}

	/** One kind of bad input: what it is, the raw (already percent-encoded) query, and the parameter at fault. */
	record BadInput(String description, String query, String field) {

		@Override
		public String toString() {
			return this.description;
		}

	}

}
