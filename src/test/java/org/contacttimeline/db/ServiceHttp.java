package org.contacttimeline.db;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Requests to a service a test started itself, as curl would send them: reads without credentials, writes as the
 * editor the tests configure. It gives up connecting after 2 s, so that a service that is down shows at once.
 */
final class ServiceHttp {

	private static final String EDITOR = "Basic "
			+ Base64.getEncoder().encodeToString("editor:editor-password".getBytes(StandardCharsets.UTF_8));

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** A GET that waits 10 s at most for its answer. */
	HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A POST of the JSON by the editor that waits {@code timeout} at most for its answer. */
	HttpResponse<String> post(String url, String json, Duration timeout) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", EDITOR)
			.timeout(timeout)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
