package org.contacttimeline.web;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document covers every endpoint the application maps, each parameter with an example, and the
 * problems each operation can answer with.
 */
@ApiTest
class ApiDocsTests {

	@Autowired
	Api api;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void documentsEveryControllerMappingOfTheApplication() {
		Api.Response docs = this.api.get("/v3/api-docs");
		Map<String, Map<String, Object>> paths = docs.json("$.paths");

		List<String> mapped = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.contacttimeline")) {
				for (String path : info.getPatternValues()) {
					for (var verb : info.getMethodsCondition().getMethods()) {
						mapped.add(verb.name().toLowerCase(Locale.ROOT) + " " + path);
					}
				}
			}
		});

		assertThat(mapped).hasSizeGreaterThanOrEqualTo(25);
		for (String operation : mapped) {
			String[] verbAndPath = operation.split(" ");
			assertThat(paths).as(operation).containsKey(verbAndPath[1]);
			assertThat(paths.get(verbAndPath[1])).as(operation).containsKey(verbAndPath[0]);
		}
	}

	@Test
	void givesEveryParameterAnExampleAndEveryOperationItsProblems() {
		Api.Response docs = this.api.get("/v3/api-docs");

		List<Map<String, Object>> parameters = docs.json("$.paths.*.*.parameters[*]");
		assertThat(parameters).isNotEmpty()
			.allSatisfy((parameter) -> assertThat(parameter).as(String.valueOf(parameter.get("name"))).containsKey("example"));
		assertThat(docs.<List<String>>json("$.paths['/api/v1/meetings'].get.parameters[*].name")).contains("date", "from",
				"to", "country", "host", "official", "delegation", "status", "q", "limit", "cursor", "format");
		assertThat(docs.<List<Object>>json("$.paths.*.*.responses.400.content['application/problem+json']"))
			.hasSize(docs.<List<Object>>json("$.paths.*.*").size());
		assertThat(docs.<Map<String, Object>>json("$.paths['/api/v1/meetings'].post.responses")).containsKeys("201", "401",
				"409", "422");
		assertThat(docs.<Map<String, Object>>json("$.paths['/api/v1/meetings/{slug}'].put.responses")).containsKeys("200",
				"412", "428");
		assertThat(docs.<Map<String, Object>>json("$.paths['/api/v1/meetings/{slug}'].delete.responses")).containsKey("204");
		assertThat(docs.<Map<String, Object>>json("$.paths['/api/v1/meetings'].get.responses.200.content"))
			.containsKeys("application/json", "text/csv", "text/calendar");
		assertThat(docs.<String>json("$.components.schemas.MeetingResponse.properties.participants.type")).isEqualTo("array");
	}

	@Test
	void servesSwaggerUi() throws Exception {
		HttpResponse<String> ui = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(this.api.uri("/swagger-ui.html")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
	}


}
