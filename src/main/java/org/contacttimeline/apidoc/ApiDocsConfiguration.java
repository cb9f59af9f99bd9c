package org.contacttimeline.apidoc;

import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), made to generate clients
 * from: OpenAPI 3.0 (what client generators read best), a tag per resource (a client class each), every query
 * parameter of a list with the schema it is declared with ({@link ListParameter}), the RFC 9457 problems each
 * operation can answer with, the headers a client needs (ETag, Location, Link), and the editor's HTTP Basic on every
 * write. Each operation names itself in its {@code @Operation}: operationId, summary and one of {@link #TAGS}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String PROBLEM = "#/components/schemas/Problem";

	/** The tags an operation may have, one per resource; a generated client has a class for each. */
	static final List<Tag> TAGS = List.of(
			tag("Meetings", "Meetings between officials, filtered and exported; one meeting; an editor's writes; the CAMEO kinds"),
			tag("Timeline", "Meetings and delegation visits in one chronological list: JSON pages, CSV, iCalendar, TimelineJS, JSON-LD"),
			tag("Delegations", "Delegation visits, filtered and exported; one visit with every date reported; an editor's writes"),
			tag("Officials", "Officials with their positions over time and their meetings; an editor's writes"),
			tag("Sources", "The publications facts are cited from, and the facts that cite each; an editor's writes"),
			tag("Organizations", "Ministries, legislatures, parties, news agencies: where positions are held, whom a source relays"),
			tag("Countries", "The ISO 3166-1 countries (and SU, the Soviet Union) and their Wikidata items"),
			tag("History", "Every change of a meeting, delegation, official or source: revision, time, editor, state after it; the change feed"),
			tag("Candidates", "Candidate contacts imported from machine-coded event files (GDELT, POLECAT), for editors to review"),
			tag("Articles", "A news report's text read for the contacts it reports, proposed with their quotes as candidates"),
			tag("Analytics", "Counts of contacts over time and the contact network, for the filters of the lists"),
			tag("Linked data", "Officials and contacts as Popolo JSON (the timeline as JSON-LD is on Timeline)"));

	private static final Map<String, String> EXAMPLE_SLUGS = Map.of("Meetings",
			"im-chon-il-igor-morgulov-talks-2019-03-14", "Officials", "im-chon-il", "Delegations",
			"russian-senators-north-korea-2019-03", "Sources", "korea-times-nk-russia-support-2019-03", "Organizations",
			"tass");

	@Bean
	OpenAPI contactTimelineApi() {
		Schema<?> error = new ObjectSchema().description("One parameter or field that was wrong")
			.addProperty("field", new StringSchema().description("the parameter, header or JSON path").example("date"))
			.addProperty("message", new StringSchema().description("what was wrong and what is accepted")
				.example("is not a date; accepted: ISO-8601 yyyy-MM-dd"))
			.addProperty("rejectedValue", new StringSchema().nullable(true).description("the value given, if any").example("2019-3-5"))
			.required(List.of("field", "message"));
		Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Bad Request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("date: is not a date; accepted: ISO-8601 yyyy-MM-dd"))
			.addProperty("instance", new StringSchema().example("/api/v1/meetings"))
			.addProperty("requestId", new StringSchema()
				.description("the id of the request answered, as in the X-Request-Id header and the service's log lines")
				.example("3f2b8c1e-2d4a-4c1b-9a57-0e6f1d2c3b4a"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
				.description("each parameter or field that was wrong (400, 422)"))
			.required(List.of("title", "status"));
		return new OpenAPI()
			.info(new Info().title("Contact Timeline API")
				.version("v1")
				.description("Diplomatic contacts (officials, delegations, meetings) as queryable JSON timelines, "
						+ "with exports. Reads are public; writes need the editor account (HTTP Basic). Errors are "
						+ "RFC 9457 problems (application/problem+json) naming every wrong parameter or field, with the "
						+ "requestId of the X-Request-Id header. One rule for query parameters: every read answers a "
						+ "parameter it does not declare with 400, naming those it takes; limit (1-500, default 50) and "
						+ "cursor are declared only by the lists that page. A field that may be null says nullable; a field "
						+ "an answer always has is required.")
				.contact(new Contact().name("Contact Timeline"))
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			// relative: the document is right wherever the service runs, and Swagger UI calls the service it came from
			.servers(List.of(new Server().url("/").description("the service that serves this document")))
			.tags(TAGS)
			// writes and editors' reads need the editor; every public read says security: [] itself
			.security(List.of(new SecurityRequirement().addList("editor")))
			.components(new Components().addSchemas("Problem", problem)
				.addSchemas("FieldError", error)
				.addSecuritySchemes("editor", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("basic")
					.description("The editor account (timeline.security.editor.username / .password); every write needs it")));
	}

	@Bean
	GlobalOperationCustomizer problemResponses() {
		return (operation, handler) -> {
			boolean get = handler.hasMethodAnnotation(GetMapping.class);
			boolean write = !get && (handler.hasMethodAnnotation(PostMapping.class)
					|| handler.hasMethodAnnotation(PutMapping.class) || handler.hasMethodAnnotation(DeleteMapping.class));
			boolean conditional = handler.hasMethodAnnotation(PutMapping.class)
					|| handler.hasMethodAnnotation(DeleteMapping.class);
			problem(operation, "400", "Invalid request: the errors list names each parameter or field that was wrong and what is accepted");
			if (has(handler, PathVariable.class)) {
				problem(operation, "404", "No resource with that slug");
			}
			// a read for editors only names the scheme itself (@SecurityRequirement(name = "editor"))
			boolean editorsRead = !write && operation.getSecurity() != null && !operation.getSecurity().isEmpty();
			if (editorsRead) {
				problem(operation, "401", "No or wrong editor credentials: only editors read this");
			}
			if (write) { // the document's own security (editor) holds for writes
				problem(operation, "401", "No or wrong editor credentials (or no editor configured); nothing was changed");
				problem(operation, "403", "A browser's write from an origin the service does not allow (CORS); nothing was changed");
				problem(operation, "409", "A slug already taken, or the resource is still referred to; nothing was changed");
				problem(operation, "422", "A rule broken (end before start, unknown official or country, ...); the errors list names each field");
			}
			if (has(handler, RequestBody.class) || operation.getRequestBody() != null) {
				problem(operation, "413", "The body is larger than the service accepts; nothing was changed");
				problem(operation, "415", "The body's Content-Type is not one this operation takes; nothing was changed");
			}
			if (conditional) {
				problem(operation, "412", "If-Match names a version that is no longer current: GET again and reapply");
				problem(operation, "428", "If-Match is missing: send the ETag you read");
			}
			if (get) {
				operation.getResponses().addApiResponse("304", new ApiResponse().description("Not modified: If-None-Match holds the current ETag"));
			}
			if (write || editorsRead) {
				problem(operation, "429", "Too many failed logins in a row for this account: wait, then send the right credentials");
			}
			else {
				// public: a client generator and a linter read "no credentials" only from an empty list
				operation.setSecurity(new java.util.ArrayList<>());
			}
			problem(operation, "406", "Accept names no type this operation answers with; the problem names those it does");
			problem(operation, "503", "The database is unreachable, or too many expensive requests run at once; try again shortly");
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
			if (operation.getDescription() == null) {
				operation.setDescription(OperationDescriptions.BY_OPERATION.get(operation.getOperationId()));
			}
			ListParameters.Documented listed = handler.getMethodAnnotation(ListParameters.Documented.class);
			if (listed != null) {
				OperationParameters.document(operation, listed);
			}
			OperationParameters.headers(operation, listed != null);
			String tagged = (operation.getTags() != null && !operation.getTags().isEmpty()) ? operation.getTags().get(0) : "";
			// the History tag holds the revisions of every resource: the operation id names which
			String tag = EXAMPLE_SLUGS.keySet().stream()
				.filter((resource) -> operation.getOperationId() != null
						&& operation.getOperationId().contains(resource.substring(0, resource.length() - 1)))
				.findFirst().orElse(tagged);
			if (operation.getParameters() != null) {
				operation.getParameters().forEach((parameter) -> {
					if (parameter.getExample() == null && "slug".equals(parameter.getName())) {
						parameter.setExample(EXAMPLE_SLUGS.getOrDefault(tag, "im-chon-il"));
					}
					if ("id".equals(parameter.getName()) && "path".equals(parameter.getIn())) {
						// parsed by the handler itself (so that "abc" is a clear 404), yet always a number
						parameter.schema(new IntegerSchema().format("int64").minimum(BigDecimal.ONE)).setExample(1);
					}
					if (HttpHeaders.IF_MATCH.equals(parameter.getName())) {
						// optional for the handler, so that its absence is a 428 problem; required for a write to succeed
						parameter.required(true).description("The ETag of the version read, e.g. \"0\"").setExample("\"0\"");
					}
				});
			}
			return operation;
		};
	}

	/**
	 * Lists the content types of each answer JSON first, then by name: the document is the same however its
	 * operations were merged (the timeline has two handlers), and a generated client reads JSON where an operation
	 * answers several types.
	 */
	@Bean
	OpenApiCustomizer jsonFirst() {
		return (openApi) -> openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			if (operation.getResponses() != null) {
				operation.getResponses().values().forEach((response) -> {
					if (response.getContent() != null) {
						Content ordered = new Content();
						response.getContent().entrySet().stream()
							.sorted(Comparator.comparing((Map.Entry<String, MediaType> entry) -> !entry.getKey().equals("application/json"))
								.thenComparing(Map.Entry::getKey))
							.forEach((entry) -> ordered.addMediaType(entry.getKey(), entry.getValue()));
						response.setContent(ordered);
					}
				});
			}
		}));
	}

	private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> annotation) {
		return Arrays.stream(handler.getMethodParameters()).anyMatch((parameter) -> parameter.hasParameterAnnotation(annotation));
	}

	private static void problem(Operation operation, String status, String description) {
		if (operation.getResponses() == null || operation.getResponses().containsKey(status)) {
			return;
		}
		operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

}
