package org.contacttimeline.apidoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Realistic examples, from the seed (the Korea Times article's contacts): {@code apidoc/examples/<Schema>.json} is the
 * example of every JSON request body and every successful JSON answer whose schema is {@code <Schema>}. The answers
 * were read from the service on the seed; {@code ApiContractTests} checks each against its schema, so an example
 * cannot drift from what the document says.
 */
final class ApiExamples {

	static final String LOCATION = "classpath:apidoc/examples/*.json";

	private ApiExamples() {
	}

	/** The examples by schema name. */
	static Map<String, Object> read() {
		Map<String, Object> examples = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				String name = resource.getFilename().replaceFirst("\\.json$", "");
				examples.put(name, Json.mapper().readValue(resource.getInputStream(), Object.class));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return examples;
	}

	static void attach(OpenAPI api) {
		Map<String, Object> examples = read();
		api.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			if (operation.getRequestBody() != null) {
				attach(operation.getRequestBody().getContent(), examples);
			}
			if (operation.getResponses() != null) {
				operation.getResponses().forEach((status, response) -> {
					if (status.startsWith("2")) {
						attach(response.getContent(), examples);
					}
				});
			}
		}));
	}

	private static void attach(Content content, Map<String, Object> examples) {
		if (content == null) {
			return;
		}
		MediaType json = content.get("application/json");
		if (json != null && json.getExample() == null && json.getExamples() == null && json.getSchema() != null && json.getSchema().get$ref() != null) {
			String name = json.getSchema().get$ref().substring(json.getSchema().get$ref().lastIndexOf('/') + 1);
			if (examples.containsKey(name)) {
				json.setExample(examples.get(name));
			}
		}
	}

}
