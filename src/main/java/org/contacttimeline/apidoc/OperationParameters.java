package org.contacttimeline.apidoc;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.ListParameter.ParameterSchema;

import org.springframework.http.HttpHeaders;

/** What the document says of an operation's query parameters and of the headers of its answers. */
final class OperationParameters {

	private OperationParameters() {
	}

	/** Adds each declared parameter of a list, as declared: description, example and schema. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void document(Operation operation, ListParameters.Documented listed) {
		ListParameters list = (ListParameters) Enum.valueOf((Class) listed.of(), listed.list());
		for (ListParameter<?> declared : list.parameters()) {
			if (operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch((p) -> p.getName().equals(declared.name()))) {
				continue; // a handler documented twice (the timeline's JSON-LD) lists each parameter once
			}
			Schema<?> one = schema(declared.schema());
			Object example = "integer".equals(declared.schema().type()) ? Integer.valueOf(declared.example())
					: declared.example();
			// the example is said, not pre-filled: Swagger UI's "Try it out" fills in every example at once, and all of
			// them together (a CSV format, a cursor, a day, an official) would select nothing of the seed
			operation.addParametersItem(new Parameter().in("query")
				.name(declared.name())
				.description(declared.description() + " (e.g. " + declared.example() + ")")
				.extensions(new LinkedHashMap<>(Map.of("x-example", declared.repeatable() ? List.of(example) : example)))
				.schema(declared.repeatable() ? new ArraySchema().items(one) : one)
				.style(declared.repeatable() ? Parameter.StyleEnum.FORM : null)
				.explode(declared.repeatable() ? true : null));
		}
	}

	/** The OpenAPI schema of a parameter's values. */
	static Schema<?> schema(ParameterSchema declared) {
		Schema<Object> schema = new Schema<>().type(declared.type()).format(declared.format());
		declared.allowed().forEach(schema::addEnumItemObject);
		schema.pattern(declared.pattern()).minLength(declared.minLength()).maxLength(declared.maxLength());
		if (declared.minimum() != null) {
			schema.minimum(BigDecimal.valueOf(declared.minimum()));
		}
		if (declared.maximum() != null) {
			schema.maximum(BigDecimal.valueOf(declared.maximum()));
		}
		if (declared.defaultValue() != null) {
			schema.setDefault("integer".equals(declared.type()) ? Integer.valueOf(declared.defaultValue())
					: declared.defaultValue());
		}
		return schema;
	}

	/** The headers a client reads: the version of what it got (ETag), where it was created, where a list goes on. */
	static void headers(Operation operation, boolean list) {
		operation.getResponses().forEach((status, response) -> {
			if (!status.equals("200") && !status.equals("201")) {
				return;
			}
			response.addHeaderObject(HttpHeaders.ETAG, new Header()
				.description("The version of what was answered: for If-None-Match, and for If-Match on a write")
				.schema(new StringSchema().example("\"0\"")));
			if (status.equals("201")) {
				response.addHeaderObject(HttpHeaders.LOCATION, new Header().description("The URL of what was created")
					.schema(new StringSchema().format("uri")));
			}
			if (list) {
				response.addHeaderObject(HttpHeaders.LINK, new Header()
					.description("<URL of the next page>; rel=\"next\", when more follow")
					.schema(new StringSchema()));
			}
		});
	}

}
