package org.contacttimeline.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): every operation also lists
 * the RFC 9457 problems it can answer with, and writes the editor's HTTP Basic authentication.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	private static final String PROBLEM = "#/components/schemas/Problem";

	private static final java.util.Map<String, String> EXAMPLE_SLUGS = java.util.Map.of(
			"MeetingController", "im-chon-il-igor-morgulov-talks-2019-03-14", "OfficialController", "im-chon-il",
			"DelegationController", "russian-senators-north-korea-2019-03", "SourceController",
			"korea-times-nk-russia-support-2019-03");

	@Bean
	OpenAPI contactTimelineApi() {
		Schema<?> error = new ObjectSchema().addProperty("field", new StringSchema().example("date"))
			.addProperty("message", new StringSchema().example("is not a date; accepted: ISO-8601 yyyy-MM-dd"))
			.addProperty("rejectedValue", new StringSchema().example("2019-3-5"));
		Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("date: is not a date; accepted: ISO-8601 yyyy-MM-dd"))
			.addProperty("instance", new StringSchema().example("/api/v1/meetings"))
			.addProperty("errors", new ArraySchema().items(error).description("each field or parameter that was wrong (400, 422)"));
		return new OpenAPI()
			.info(new Info().title("Contact Timeline API")
				.version("v1")
				.description("Diplomatic contacts (officials, delegations, meetings) as queryable JSON timelines, "
						+ "with exports. Reads are public; writes need the editor account (HTTP Basic)."))
			.components(new Components().addSchemas("Problem", problem)
				.addSecuritySchemes("editor", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

	@Bean
	GlobalOperationCustomizer problemResponses() {
		return (operation, handler) -> {
			boolean write = handler.hasMethodAnnotation(PostMapping.class) || handler.hasMethodAnnotation(PutMapping.class)
					|| handler.hasMethodAnnotation(DeleteMapping.class);
			boolean one = handler.getMethodParameters().length > 0 && java.util.Arrays.stream(handler.getMethodParameters())
				.anyMatch((parameter) -> parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class));
			problem(operation, "400", "Invalid request: the errors list names each parameter or field that was wrong and what is accepted");
			if (one) {
				problem(operation, "404", "No resource with that slug");
			}
			if (write) {
				operation.addSecurityItem(new SecurityRequirement().addList("editor"));
				problem(operation, "401", "No or wrong editor credentials (or no editor configured); nothing was changed");
				problem(operation, "409", "A slug already taken, or the resource is still referred to; nothing was changed");
				problem(operation, "422", "A rule broken (end before start, unknown official or country, ...); the errors list names each field");
			}
			if (handler.hasMethodAnnotation(PutMapping.class) || handler.hasMethodAnnotation(DeleteMapping.class)) {
				problem(operation, "412", "If-Match names a version that is no longer current: GET again and reapply");
				problem(operation, "428", "If-Match is missing: send the ETag you read");
			}
			if (handler.hasMethodAnnotation(GetMapping.class)) {
				operation.getResponses().addApiResponse("304", new ApiResponse().description("Not modified: If-None-Match holds the current ETag"));
			}
			problem(operation, "503", "The database is unreachable; try again shortly");
			// a POST creates, unless it says it answers 200 (a decision on a resource, a file sent again)
			boolean declares200 = java.util.Arrays.stream(handler.getMethod()
				.getAnnotationsByType(io.swagger.v3.oas.annotations.responses.ApiResponse.class))
				.anyMatch((response) -> response.responseCode().equals("200"));
			if (handler.hasMethodAnnotation(PostMapping.class) && operation.getResponses().containsKey("200") && !declares200) {
				operation.getResponses().addApiResponse("201", operation.getResponses().remove("200")
					.description("Created; Location and ETag name it"));
			}
			if (handler.hasMethodAnnotation(DeleteMapping.class)) {
				operation.getResponses().remove("200");
				operation.getResponses().addApiResponse("204", new ApiResponse().description("Deleted; the history stays readable"));
			}
			ListParameters.Documented listed = handler.getMethodAnnotation(ListParameters.Documented.class);
			if (listed != null) {
				document(operation, listed);
			}
			if (operation.getParameters() != null) {
				String path = handler.getBeanType().getSimpleName();
				operation.getParameters().forEach((parameter) -> {
					if (parameter.getExample() == null && "slug".equals(parameter.getName())) {
						parameter.setExample(EXAMPLE_SLUGS.getOrDefault(path, "im-chon-il"));
					}
					if (parameter.getExample() == null && "If-Match".equals(parameter.getName())) {
						parameter.description("The ETag of the version read, e.g. \"0\"").setExample("\"0\"");
					}
				});
			}
			return operation;
		};
	}

	/** Adds each declared parameter of a list, as declared: description, example, type, accepted values. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void document(Operation operation, ListParameters.Documented listed) {
		ListParameters list = (ListParameters) Enum.valueOf((Class) listed.of(), listed.list());
		for (ListParameter<?> declared : list.parameters()) {
			Schema<Object> schema = new Schema<>().type(declared.type()).format(declared.format());
			if (!declared.allowed().isEmpty()) {
				declared.allowed().forEach(schema::addEnumItemObject);
			}
			if (declared == ListParameter.LIMIT) {
				schema.minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(QueryParameters.MAX_LIMIT));
			}
			operation.addParametersItem(new io.swagger.v3.oas.models.parameters.Parameter().in("query")
				.name(declared.name())
				.description(declared.description())
				.example(declared.example())
				.schema(declared.repeatable() ? new ArraySchema().items(schema) : schema)
				.explode(declared.repeatable() ? true : null));
		}
	}

	private static void problem(Operation operation, String status, String description) {
		if (operation.getResponses() == null || operation.getResponses().containsKey(status)) {
			return;
		}
		operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
	}

}
