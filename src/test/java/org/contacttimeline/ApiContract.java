package org.contacttimeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served API document as a contract every exchange of the HTTP tests must keep: the answer's status is
 * documented for its operation, its media type too, and a JSON answer validates against the documented schema (OpenAPI
 * 3.0 semantics: {@code nullable}, {@code required}, enums, formats). A JSON body the service accepted (2xx) must
 * validate against the operation's request body schema: the document must not reject what the service takes.
 * Exchanges with paths the document does not describe (the page, actuator, the document itself) are not checked
 * unless the service answered them with success under {@code /api/}.
 */
public final class ApiContract {

	private static final String DOCUMENT = "urn:contacttimeline:openapi";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every violation the suite met, for the report in {@code target/api-contract-violations.txt}. */
	private static final Queue<String> VIOLATIONS = new ConcurrentLinkedQueue<>();

	private final JsonNode document;

	private final SchemaRegistry registry;

	private final List<Template> templates = new ArrayList<>();

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	public ApiContract(String document) {
		this.document = JSON.readTree(document);
		this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi30(),
				(builder) -> builder.schemas(Map.of(DOCUMENT, document))
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		this.document.path("paths").propertyNames().forEach((path) -> this.templates.add(new Template(path)));
		// a literal segment wins over a parameter: /meetings/kinds before /meetings/{slug}
		this.templates.sort(Comparator.comparingInt(Template::parameters).thenComparing(Template::path));
	}

	/**
	 * The ways an exchange breaks the document, each a line naming the operation, the status and where in the body;
	 * empty if it keeps it.
	 */
	public List<String> check(String method, String target, String requestType, String requestBody, int status,
			String responseType, String responseBody) {
		String m = method.toLowerCase();
		// the service reads the path decoded (/api/v1/netw%6Frk is /api/v1/network), and so does the document
		String path = decoded(target.split("\\?")[0]);
		Template template = this.templates.stream().filter((t) -> t.matches(path)).findFirst().orElse(null);
		JsonNode operation = (template != null) ? this.document.path("paths").path(template.path()).path(m) : null;
		String exchange = method + " " + target + " -> " + status;
		List<String> violations = new ArrayList<>();
		if (operation == null || operation.isMissingNode()) {
			if (status / 100 == 2 && path.startsWith("/api/") && !m.equals("options") && !m.equals("head")) {
				violations.add(exchange + ": the document has no such operation");
			}
			return violations;
		}
		String pointer = "/paths/" + escape(template.path()) + "/" + m;
		if (status / 100 == 2 && requestBody != null && !requestBody.isEmpty() && isJson(requestType)) {
			JsonNode content = operation.path("requestBody").path("content");
			String type = mediaType(content, requestType);
			if (type == null) {
				violations.add(exchange + ": request body " + requestType + " is not documented");
			}
			else {
				validate(pointer + "/requestBody/content/" + escape(type) + "/schema", requestBody)
					.forEach((error) -> violations.add(exchange + ": request body " + error));
			}
		}
		JsonNode responses = operation.path("responses");
		String code = String.valueOf(status);
		JsonNode response = responses.path(code);
		if (response.isMissingNode()) {
			code = "default";
			response = responses.path(code);
		}
		if (response.isMissingNode()) {
			violations.add(exchange + ": status " + status + " is not documented for " + method + " " + template.path());
			return violations;
		}
		if (responseBody == null || responseBody.isEmpty() || status == 304 || responseType == null) {
			return violations;
		}
		String type = mediaType(response.path("content"), responseType);
		if (type == null) {
			violations.add(exchange + ": media type " + responseType + " is not documented for status " + status);
		}
		else if (isJson(responseType) && response.path("content").path(type).has("schema")) {
			validate(pointer + "/responses/" + code + "/content/" + escape(type) + "/schema", responseBody)
				.forEach((error) -> violations.add(exchange + " " + type + ": " + error));
		}
		return violations;
	}

	/** Records violations for the suite's report, then fails the exchange unless {@code -Dapi.contract=report}. */
	public static void enforce(List<String> violations) {
		if (violations.isEmpty()) {
			return;
		}
		VIOLATIONS.addAll(violations);
		try {
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target", "api-contract-violations.txt"), String.join("\n", violations) + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!"report".equals(System.getProperty("api.contract"))) {
			assertKept(violations);
		}
	}

	/** Fails with every violation named. */
	public static void assertKept(List<String> violations) {
		if (!violations.isEmpty()) {
			throw new AssertionError("The exchange breaks the API document:\n" + String.join("\n", violations));
		}
	}

	/** The body a request sends, read from its publisher (which the client reads again when it sends). */
	public static String body(java.net.http.HttpRequest request) {
		if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
			return null;
		}
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
		request.bodyPublisher().get().subscribe(new java.util.concurrent.Flow.Subscriber<java.nio.ByteBuffer>() {

			@Override
			public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
				subscription.request(Long.MAX_VALUE);
			}

			@Override
			public void onNext(java.nio.ByteBuffer item) {
				byte[] chunk = new byte[item.remaining()];
				item.get(chunk);
				bytes.writeBytes(chunk);
			}

			@Override
			public void onError(Throwable throwable) {
				done.completeExceptionally(throwable);
			}

			@Override
			public void onComplete() {
				done.complete(null);
			}

		});
		done.join();
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private List<String> validate(String pointer, String body) {
		Schema schema = this.schemas.computeIfAbsent(pointer,
				(p) -> this.registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + p)));
		List<Error> errors;
		try {
			errors = schema.validate(body, InputFormat.JSON);
		}
		catch (RuntimeException ex) {
			return List.of("is not JSON: " + ex.getMessage());
		}
		return errors.stream().map((error) -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
	}

	/** The documented media type that answers {@code actual}: itself, or a wildcard. */
	private static String mediaType(JsonNode content, String actual) {
		String type = (actual != null) ? actual.split(";")[0].trim().toLowerCase() : "";
		for (String candidate : List.of(type, type.replaceAll("/.*", "/*"), "*/*")) {
			if (content.has(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean isJson(String type) {
		return type != null && type.split(";")[0].trim().toLowerCase().matches("application/([a-z.+-]+\\+)?json");
	}

	private static String escape(String pointerToken) {
		return pointerToken.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
	}

	private static String decoded(String path) {
		try {
			return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return path; // a broken escape: the service answers it with a problem, matched as sent
		}
	}

	private record Template(String path, Pattern pattern, int parameters) {

		Template(String path) {
			this(path, Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.")),
					path.split("\\{", -1).length - 1);
		}

		boolean matches(String actual) {
			return this.pattern.matcher(actual).matches();
		}

	}

}
