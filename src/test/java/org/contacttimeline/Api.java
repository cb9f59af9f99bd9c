package org.contacttimeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;

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

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

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

	}

}
