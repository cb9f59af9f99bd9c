package org.contacttimeline.apidoc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API document says what the service accepts: for every query parameter of every operation, read from the
 * document itself (so that a list added later is checked too), the values its schema allows (its example, each
 * value of an enum, the bounds of a number) are answered, and values its schema excludes (outside the enum, not
 * matching the pattern, past a bound, too long, not a date) are a 400 problem naming the parameter.
 */
@ApiTest
class DocumentedParametersTests {

	@Autowired
	Api api;

	@Test
	void everyQueryParameterAcceptsWhatItsSchemaAllowsAndRejectsWhatItExcludes() {
		JsonNode docs = JsonMapper.builder().build().readTree(this.api.get("/v3/api-docs").body());
		List<String> wrong = new ArrayList<>();
		int tried = 0;

		for (Map.Entry<String, JsonNode> entry : ApiDocsTests.operations(docs).entrySet()) {
			if (!entry.getKey().startsWith("get ")) {
				continue;
			}
			String path = entry.getKey().substring(4);
			// an operation for editors only (candidate contacts) is asked with the editor's credentials
			boolean editors = !entry.getValue().path("security").isEmpty();
			for (JsonNode parameter : entry.getValue().path("parameters")) {
				if (parameter.path("in").asString().equals("path")) {
					path = path.replace("{" + parameter.path("name").asString() + "}", parameter.path("example").asString());
				}
			}
			for (JsonNode parameter : entry.getValue().path("parameters")) {
				if (!parameter.path("in").asString().equals("query")) {
					continue;
				}
				String name = parameter.path("name").asString();
				JsonNode schema = parameter.path("schema");
				JsonNode one = schema.path("type").asString().equals("array") ? schema.path("items") : schema;
				for (String value : allowed(parameter, one)) {
					Api.Response response = get(path + "?" + name + "=" + encode(value), editors);
					tried++;
					if (response.status() != 200) {
						wrong.add(path + " " + name + "=" + value + " is allowed by the document, answered "
								+ response.status() + " " + response.body());
					}
				}
				for (String value : excluded(one)) {
					Api.Response response = get(path + "?" + name + "=" + encode(value), editors);
					tried++;
					if (response.status() != 400 || !response.<List<String>>json("$.errors[*].field").contains(name)) {
						wrong.add(path + " " + name + "=" + value + " is excluded by the document, answered "
								+ response.status() + " " + response.body());
					}
				}
			}
		}

		assertThat(wrong).isEmpty();
		assertThat(tried).isGreaterThan(150);
	}

	/** The example, each value of an enum, and the bounds of a number. */
	private static List<String> allowed(JsonNode parameter, JsonNode schema) {
		List<String> values = new ArrayList<>();
		// a list's parameters say their example (x-example) rather than pre-fill it in Swagger UI
		JsonNode example = parameter.has("example") ? parameter.path("example") : parameter.path("x-example");
		if (example.isArray()) {
			example.forEach((value) -> values.add(value.asString()));
		}
		else {
			values.add(example.asString());
		}
		schema.path("enum").forEach((value) -> values.add(value.asString()));
		if (schema.has("minimum")) {
			values.add(schema.path("minimum").asString());
		}
		if (schema.has("maximum")) {
			values.add(schema.path("maximum").asString());
		}
		return values.stream().distinct().toList();
	}

	/** Values the schema excludes: one for each rule it states. */
	private static List<String> excluded(JsonNode schema) {
		List<String> values = new ArrayList<>();
		if (schema.has("enum")) {
			values.add("not-" + schema.path("enum").get(0).asString());
		}
		if (schema.has("pattern")) {
			String outside = "not matching!";
			assertThat(Pattern.compile(schema.path("pattern").asString()).matcher(outside).find()).isFalse();
			values.add(outside);
		}
		if (schema.has("minimum")) {
			values.add(String.valueOf(schema.path("minimum").asInt() - 1));
		}
		if (schema.has("maximum")) {
			values.add(String.valueOf(schema.path("maximum").asInt() + 1));
		}
		if (schema.path("type").asString().equals("integer")) {
			values.add("ten");
		}
		if (schema.path("format").asString().equals("date")) {
			values.add("2019-3-5");
			values.add("2019-02-30");
		}
		if (schema.has("maxLength")) {
			values.add("a".repeat(schema.path("maxLength").asInt() + 1));
		}
		if (schema.path("minLength").asInt() > 1) {
			values.add("a".repeat(schema.path("minLength").asInt() - 1));
		}
		return values;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}


	private Api.Response get(String pathAndQuery, boolean editors) {
		if (!editors) {
			return this.api.get(pathAndQuery);
		}
		return this.api.send(java.net.http.HttpRequest.newBuilder(this.api.uri(pathAndQuery))
			.header("Authorization", Api.EDITOR)
			.GET()
			.build());
	}

}
