package org.contacttimeline.apidoc;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is one that clients can be generated from: it covers every endpoint the application maps,
 * parses without a message as client generators read it, gives every parameter a schema and an example, every
 * operation an id, a summary, one resource tag and the problems it can answer with, every write the editor's HTTP
 * Basic, every content type a schema; and the copy in the repository (that the build generates its test client
 * from) is the document the service serves.
 */
@ApiTest
class ApiDocsTests {

	/** The copy of the document that clients are generated from in the build and by README's command. */
	static final Path COMMITTED = Path.of("src", "docs", "openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
	void parsesAsClientGeneratorsReadItWithoutAMessage() {
		String docs = this.api.get("/v3/api-docs").body();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);

		SwaggerParseResult result = new OpenAPIV3Parser().readContents(docs, null, options);

		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0");
		assertThat(result.getOpenAPI().getPaths()).containsKey("/api/v1/meetings");
	}

	@Test
	void givesEveryParameterAnywhereASchemaAndAnExample() {
		JsonNode docs = document();

		List<String> checked = new ArrayList<>();
		operations(docs).forEach((name, operation) -> operation.path("parameters").forEach((parameter) -> {
			String where = name + " " + parameter.path("in").asString() + " " + parameter.path("name").asString();
			JsonNode schema = parameter.path("schema");
			assertThat(schema.isObject()).as(where + " has a schema").isTrue();
			assertThat(schema.has("type") || schema.has("$ref")).as(where + " has a typed schema: " + schema).isTrue();
			if ("array".equals(schema.path("type").asString())) {
				assertThat(schema.path("items").has("type")).as(where + " has typed items: " + schema).isTrue();
			}
			assertThat(parameter.has("example") || parameter.has("x-example")).as(where + " has an example").isTrue();
			if (name.startsWith("get ") && parameter.path("in").asString().equals("query")) {
				// said, not pre-filled: Swagger UI's "Try it out" would send every example at once (format=csv, a
				// cursor, a day and an official together select nothing of the seed)
				assertThat(parameter.has("example")).as(where + " is not pre-filled").isFalse();
			}
			checked.add(where);
		}));

		assertThat(checked).hasSizeGreaterThan(60);
	}

	@Test
	void statesWhatEachListParameterAccepts() {
		Api.Response docs = this.api.get("/v3/api-docs");
		String meetings = "$.paths['/api/v1/meetings'].get.parameters[?(@.name == '%s')]";

		assertThat(docs.<List<String>>json("$.paths['/api/v1/meetings'].get.parameters[*].name")).contains("date", "from",
				"to", "country", "host", "official", "delegation", "status", "q", "limit", "cursor", "format");
		assertThat(docs.<List<String>>json(meetings.formatted("date") + ".schema.format")).containsExactly("date");
		assertThat(docs.<List<String>>json(meetings.formatted("country") + ".schema.type")).containsExactly("array");
		assertThat(docs.<List<String>>json(meetings.formatted("country") + ".schema.items.pattern"))
			.containsExactly("^([A-Za-z]{2,3})$");
		assertThat(docs.<List<Boolean>>json(meetings.formatted("country") + ".explode")).containsExactly(true);
		assertThat(docs.<List<List<String>>>json(meetings.formatted("status") + ".schema.enum"))
			.containsExactly(List.of("held", "planned", "speculated", "cancelled"));
		assertThat(docs.<List<List<String>>>json(meetings.formatted("format") + ".schema.enum"))
			.containsExactly(List.of("json", "csv", "ics"));
		assertThat(docs.<List<Integer>>json(meetings.formatted("limit") + ".schema.minimum")).containsExactly(1);
		assertThat(docs.<List<Integer>>json(meetings.formatted("limit") + ".schema.maximum")).containsExactly(500);
		assertThat(docs.<List<Integer>>json(meetings.formatted("limit") + ".schema.default")).containsExactly(50);
		assertThat(docs.<List<List<String>>>json(
				"$.paths['/api/v1/timeline'].get.parameters[?(@.name == 'format')].schema.enum"))
			.containsExactly(List.of("json", "csv", "ics", "timelinejs", "jsonld", "atom"));
	}

	@Test
	void namesEveryOperationSummarisesItAndFilesItUnderOneResource() {
		JsonNode docs = document();
		Set<String> tags = new HashSet<>();
		docs.path("tags").forEach((tag) -> {
			assertThat(tag.path("description").asString()).as(tag.path("name").asString()).isNotBlank();
			tags.add(tag.path("name").asString());
		});

		Set<String> ids = new HashSet<>();
		operations(docs).forEach((name, operation) -> {
			String id = operation.path("operationId").asString();
			assertThat(id).as(name + ": a verb and what it acts on, as listMeetings").matches("[a-z]+[A-Z][A-Za-z]*");
			assertThat(ids.add(id)).as(name + ": " + id + " is unique").isTrue();
			assertThat(operation.path("summary").asString()).as(name).isNotBlank();
			assertThat(operation.path("tags").size()).as(name + " has one tag").isEqualTo(1);
			assertThat(tags).as(name + " is filed under a declared tag").contains(operation.path("tags").get(0).asString());
		});

		assertThat(ids).contains("listMeetings", "getMeeting", "createMeeting", "replaceMeeting", "deleteMeeting",
				"getTimeline", "listMeetingRevisions");
		assertThat(tags).contains("Meetings", "Timeline", "Officials", "Delegations", "Sources", "Countries", "History",
				"Organizations");
	}

	@Test
	void declaresTheEditorsHttpBasicOnEveryWriteAndOnNoPublicRead() {
		JsonNode docs = document();

		assertThat(docs.at("/components/securitySchemes/editor/type").asString()).isEqualTo("http");
		assertThat(docs.at("/components/securitySchemes/editor/scheme").asString()).isEqualTo("basic");
		assertThat(docs.path("security").toString()).isEqualTo("[{\"editor\":[]}]");
		List<String> writes = new ArrayList<>();
		operations(docs).forEach((name, operation) -> {
			if (name.startsWith("get /api/v1/candidates") || name.startsWith("get /api/v1/imports")
					|| name.startsWith("get /api/v1/articles")) {
				// candidate contacts, and the articles they are read from, are read by editors only
				assertThat(operation.path("security").toString()).as(name).isEqualTo("[{\"editor\":[]}]");
				assertThat(operation.at("/responses/401/content/application~1problem+json/schema/$ref").asString())
					.as(name).isEqualTo("#/components/schemas/Problem");
			}
			else if (name.startsWith("get ")) {
				assertThat(operation.path("security").toString()).as(name).isEqualTo("[]");
			}
			else { // the document's own security, unless the operation says it again
				assertThat((operation.has("security") ? operation : docs).path("security").toString()).as(name)
					.isEqualTo("[{\"editor\":[]}]");
				assertThat(operation.at("/responses/401/content/application~1problem+json/schema/$ref").asString())
					.as(name).isEqualTo("#/components/schemas/Problem");
				writes.add(name);
			}
		});

		assertThat(writes).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void givesEveryContentTypeASchemaAndEveryOperationItsProblems() {
		JsonNode docs = document();

		operations(docs).forEach((name, operation) -> {
			operation.path("responses").properties().forEach((status) -> status.getValue()
				.path("content")
				.properties()
				.forEach((content) -> {
					assertThat(content.getKey()).as(name + " " + status.getKey()).isNotEqualTo("*/*");
					JsonNode schema = content.getValue().path("schema");
					assertThat(schema.has("type") || schema.has("$ref"))
						.as(name + " " + status.getKey() + " " + content.getKey() + " has a schema").isTrue();
				}));
			assertThat(operation.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
				.as(name).isEqualTo("#/components/schemas/Problem");
		});

		Api.Response api = this.api.get("/v3/api-docs");
		assertThat(api.<Map<String, Object>>json("$.paths['/api/v1/meetings'].post.responses")).containsKeys("201", "401",
				"409", "422");
		assertThat(api.<Map<String, Object>>json("$.paths['/api/v1/meetings/{slug}'].put.responses")).containsKeys("200",
				"412", "428");
		assertThat(api.<Map<String, Object>>json("$.paths['/api/v1/meetings/{slug}'].delete.responses")).containsKey("204");
		assertThat(api.<Map<String, Object>>json("$.paths['/api/v1/meetings'].get.responses.200.content"))
			.containsKeys("application/json", "text/csv", "text/calendar");
		assertThat(api.<Map<String, Object>>json("$.paths['/api/v1/timeline'].get.responses.200.content"))
			.containsKeys("application/json", "text/csv", "text/calendar", "application/vnd.timelinejs+json",
					"application/ld+json");
		assertThat(api.<Map<String, Object>>json("$.paths['/api/v1/meetings'].post.responses.201.headers"))
			.containsKeys("Location", "ETag");
		assertThat(api.<String>json("$.components.schemas.MeetingResponse.properties.participants.type")).isEqualTo("array");
	}

	@Test
	void describesTheTimelineJsEventsAsTheServiceWritesThem() {
		JsonNode docs = document();
		Set<String> documented = new HashSet<>(docs.at("/components/schemas/TimelineJsEvent/properties").propertyNames());

		Api.Response timeline = this.api.get("/api/v1/timeline?format=timelinejs");

		List<Map<String, Object>> events = timeline.json("$.events");
		assertThat(events).isNotEmpty()
			.allSatisfy((event) -> assertThat(documented).as("documented fields").containsAll(event.keySet()));
		assertThat(docs.at("/components/schemas/TimelineJs/properties").propertyNames())
			.containsExactlyInAnyOrderElementsOf(timeline.<Map<String, Object>>json("$").keySet());
	}

	@Test
	void namesItsLicenceAndContact() {
		JsonNode info = document().path("info");

		assertThat(info.at("/license/name").asString()).isNotBlank();
		assertThat(info.at("/license/url").asString()).startsWith("https://");
		assertThat(info.at("/contact/name").asString()).isNotBlank();
	}

	@Test
	void theCommittedDocumentIsTheOneServed() throws IOException {
		JsonNode served = document();
		Path copy = Path.of("target", "openapi.json");
		Files.writeString(copy, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");

		List<String> differences = new ArrayList<>();
		differences(JSON.readTree(Files.readString(COMMITTED)), served, "", differences);

		assertThat(differences).as("where %s differs from what /v3/api-docs serves; when the API changed on purpose, "
				+ "copy %s over it", COMMITTED, copy).isEmpty();
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

	/** The JSON pointers where two documents differ, the first 20. */
	private static void differences(JsonNode committed, JsonNode served, String at, List<String> found) {
		if (found.size() >= 20 || committed.equals(served)) {
			return;
		}
		if (committed.isObject() && served.isObject()) {
			Set<String> names = new java.util.TreeSet<>(committed.propertyNames());
			names.addAll(served.propertyNames());
			for (String name : names) {
				differences(committed.path(name), served.path(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), found);
			}
		}
		else if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
			for (int i = 0; i < committed.size(); i++) {
				differences(committed.get(i), served.get(i), at + "/" + i, found);
			}
		}
		else {
			found.add(at + (committed.isMissingNode() ? " (not in the copy)" : served.isMissingNode() ? " (no longer served)" : ""));
		}
	}

	private JsonNode document() {
		return JSON.readTree(this.api.get("/v3/api-docs").body());
	}

	/** Every operation of the document by "verb path". */
	static Map<String, JsonNode> operations(JsonNode docs) {
		Map<String, JsonNode> operations = new java.util.TreeMap<>();
		docs.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((verb) -> {
			if (!verb.getKey().equals("parameters")) {
				operations.put(verb.getKey() + " " + path.getKey(), verb.getValue());
			}
		}));
		return operations;
	}

}
