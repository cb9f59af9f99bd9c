package org.contacttimeline.apidoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiContract;
import org.contacttimeline.ApiTest;
import org.contacttimeline.Bodies;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The contract every HTTP test's exchange is checked against ({@link ApiContract}, wired into {@link Api}) bites: an
 * answer with a null where the served document allows none, a status it does not list, or a body the service took
 * and the document would refuse, each fails the test that met it.
 */
@ApiTest
class ApiContractTests {

	private static final String MEETING = "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14";

	@Autowired
	Api api;

	@Test
	void failsOnANullTheDocumentDoesNotAllow() {
		ApiContract contract = new ApiContract(this.api.get("/v3/api-docs").body());
		Api.Response meeting = this.api.get(MEETING);
		String withoutTitle = meeting.body().replaceFirst("\"title\":\"[^\"]*\"", "\"title\":null");

		List<String> kept = contract.check("GET", MEETING, null, null, 200, "application/json", meeting.body());
		List<String> broken = contract.check("GET", MEETING, null, null, 200, "application/json", withoutTitle);

		assertThat(withoutTitle).isNotEqualTo(meeting.body());
		assertThat(kept).isEmpty();
		assertThat(broken).singleElement().asString().contains("/title").contains("null");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ApiContract.assertKept(broken))
			.withMessageContaining("GET " + MEETING + " -> 200");
	}

	@Test
	void everyExampleOfTheDocumentKeepsIt() {
		String document = this.api.get("/v3/api-docs").body();
		ApiContract contract = new ApiContract(document);
		JsonNode docs = JsonMapper.builder().build().readTree(document);
		List<String> broken = new ArrayList<>();
		int examples = 0;

		for (Map.Entry<String, JsonNode> entry : ApiDocsTests.operations(docs).entrySet()) {
			String method = entry.getKey().split(" ")[0].toUpperCase();
			String path = entry.getKey().split(" ")[1];
			JsonNode request = entry.getValue().at("/requestBody/content/application~1json/example");
			if (!request.isMissingNode()) {
				examples++;
				int success = entry.getValue().path("responses").propertyNames().stream()
					.filter((status) -> status.startsWith("2")).mapToInt(Integer::parseInt).findFirst().orElseThrow();
				broken.addAll(contract.check(method, path, "application/json", request.toString(), success, null, null));
			}
			for (Map.Entry<String, JsonNode> response : entry.getValue().path("responses").properties()) {
				JsonNode example = response.getValue().at("/content/application~1json/example");
				if (!example.isMissingNode()) {
					examples++;
					broken.addAll(contract.check(method, path, null, null, Integer.parseInt(response.getKey()),
							"application/json", example.toString()));
				}
			}
		}

		assertThat(broken).isEmpty();
		assertThat(examples).isGreaterThan(30);
	}

	@Test
	void failsOnAStatusTheOperationDoesNotList() {
		ApiContract contract = new ApiContract(this.api.get("/v3/api-docs").body());

		assertThat(contract.check("GET", MEETING, null, null, 418, "application/problem+json", "{}"))
			.singleElement().asString().contains("status 418 is not documented");
	}

	@Test
	void failsOnABodyTheServiceTookAndTheDocumentRefuses() {
		ApiContract contract = new ApiContract(this.api.get("/v3/api-docs").body());
		String bareKind = Bodies.meetingCitingTheSeed("kim-putin-again", "Kim and Putin again");
		String numberTitle = bareKind.replace("\"title\": \"Kim and Putin again\"", "\"title\": 42");

		assertThat(contract.check("POST", "/api/v1/meetings", "application/json", bareKind, 201, null, null)).isEmpty();
		assertThat(contract.check("POST", "/api/v1/meetings", "application/json", numberTitle, 201, null, null))
			.singleElement().asString().contains("request body").contains("/title");
		assertThat(contract.check("POST", "/api/v1/meetings", "application/json", numberTitle, 400, null, null)).isEmpty();
	}

}
