package org.contacttimeline.replica;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * What the replica tests send, as curl would: public reads without credentials, an editor's requests with them.
 */
final class Http {

	static final String EDITOR = "Basic "
			+ Base64.getEncoder().encodeToString("editor:editor-password".getBytes(StandardCharsets.UTF_8));

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** A GET; {@code authorization} and {@code ifNoneMatch} may be {@code null}. */
	HttpResponse<String> get(String url, String authorization, String ifNoneMatch) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return get(url, null, null);
	}

	/** GETs the URL until it answers {@code status} or the time is up, and returns the last answer. */
	HttpResponse<String> awaitStatus(String url, int status, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpResponse<String> response = get(url);
		while (response.statusCode() != status && System.nanoTime() < deadline) {
			Thread.sleep(20); // between polls
			response = get(url);
		}
		return response;
	}

	/** A write by the editor; {@code ifMatch} may be {@code null}. */
	HttpResponse<String> write(String method, String url, String json, String ifMatch) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", EDITOR)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A new meeting on 15 February 2020 whose slug is given, citing a source of its own. */
	static String meeting(String slug, String summary) {
		return """
				{"slug": "%s", "title": "Replica check %s", "startDate": "2020-02-15", "kind": "040",
				 "summary": "%s",
				 "participants": [{"official": "im-chon-il", "role": "Vice Foreign Minister"}],
				 "sources": [{"publisher": "Replica test %s", "quote": "written to the primary"}]}""".formatted(slug, slug, summary, slug);
	}

}
