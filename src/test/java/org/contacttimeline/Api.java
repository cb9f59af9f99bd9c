package org.contacttimeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import org.json.JSONException;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * A plain HTTP client for the application under test, as curl or a frontend would use it.
 */
@TestComponent
public class Api {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Environment environment;

	Api(Environment environment) {
		this.environment = environment;
	}

	public String base() {
		return "http://localhost:" + this.environment.getProperty("local.server.port");
	}

	/** GETs a path (with its raw, already-encoded query string) or an absolute URL. */
	public Response get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "application/json").GET().build());
	}

	/** The slugs of the items a list answers, in their order. */
	public List<String> slugs(String pathOrUrl) {
		return get(pathOrUrl).json("$.items[*].slug");
	}

	/** The Basic credentials of the editor the tests configure. */
	public static final String EDITOR = basic("editor", "editor-password");

	public static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** Sends a write as the editor the tests configure ({@link #EDITOR}); {@code ifMatch} and {@code json} may be {@code null}. */
	public Response edit(String method, String path, String ifMatch, String json) {
		return write(method, path, json, EDITOR, ifMatch);
	}

	/** Sends a write with a JSON body; {@code authorization} and {@code ifMatch} may be {@code null}. */
	public Response write(String method, String path, String json, String authorization, String ifMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, json != null ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody())
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return send(request.build());
	}

	/** Sends a request, and fails unless the exchange keeps the served API document ({@link ApiContract}). */
	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			Response answer = new Response(response.statusCode(), response.headers(), response.body());
			ApiContract.enforce(contract().check(request.method(), request.uri().getRawPath() + ((request.uri().getRawQuery() != null) ? "?" + request.uri().getRawQuery() : ""),
					request.headers().firstValue("Content-Type").orElse(null), ApiContract.body(request), answer.status(),
					answer.header("Content-Type"), answer.body()));
			return answer;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends a GET whose request target goes on the wire exactly as given, even where {@link URI} would refuse it
	 * (a malformed percent-escape), and reads the answer as a raw HTTP/1.1 client would.
	 */
	public Response raw(String target) {
		int port = Integer.parseInt(this.environment.getProperty("local.server.port"));
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			int status = Integer.parseInt(answer.substring(9, 12));
			int split = answer.indexOf("\r\n\r\n");
			java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (String line : answer.substring(0, split).split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					headers.computeIfAbsent(line.substring(0, colon).trim(), (k) -> new java.util.ArrayList<>())
						.add(line.substring(colon + 1).trim());
				}
			}
			String body = answer.substring(split + 4);
			if (headers.containsKey("Transfer-Encoding")) {
				body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
			}
			Response response = new Response(status, java.net.http.HttpHeaders.of(headers, (a, b) -> true), body);
			ApiContract.enforce(contract().check("GET", target, null, null, status,
					response.header("Content-Type"), body));
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The document this service serves, read once per service. */
	private ApiContract contract() {
		return CONTRACTS.computeIfAbsent(base(), (base) -> {
			try {
				HttpResponse<String> document = this.client.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
						HttpResponse.BodyHandlers.ofString());
				return new ApiContract(document.body());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final java.util.Map<String, ApiContract> CONTRACTS = new java.util.concurrent.ConcurrentHashMap<>();

	public URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl);
	}

	/** A response with its JSON readable by JsonPath. */
	public record Response(int status, java.net.http.HttpHeaders headers, String body) {

		public <T> T json(String path) {
			return JsonPath.read(this.body, path);
		}

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		/** The body as a JSON object to change and send back, as an editor's client does with what it read. */
		public ObjectNode editable() {
			return (ObjectNode) JSON.readTree(this.body);
		}

		/**
		 * Fails unless the JSON at {@code path} shows what {@code expected} shows: every field it names with that value
		 * ({@code null} included), every list it names with those items, in that order, and no others. Fields it leaves
		 * out may hold anything.
		 */
		public void assertJson(String path, String expected) {
			String actual = Configuration.defaultConfiguration().jsonProvider().toJson(JsonPath.read(this.body, path));
			try {
				JSONAssert.assertEquals(path, expected, actual, JSONCompareMode.STRICT_ORDER);
			}
			catch (JSONException ex) {
				throw new IllegalArgumentException("not JSON: " + expected, ex);
			}
		}

	}

}
