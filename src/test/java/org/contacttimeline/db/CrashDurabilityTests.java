package org.contacttimeline.db;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged writes survive kill -9 of the application in the default embedded mode: the data folder persists,
 * the server left behind is stopped cleanly on restart, and Flyway finds nothing to do.
 */
class CrashDurabilityTests {

	private static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editor:editor-password".getBytes());

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void keepsEveryAcknowledgedWriteAcrossAKillAndARestart() throws Exception {
		Path dataDir = TargetFolder.fresh("crash-pgdata");
		Path log = TargetFolder.freshFile("crash-app.log");
		List<String> acknowledged = new ArrayList<>();

		try (AppProcess first = AppProcess.start(dataDir, log)) {
			for (int i = 0; i < 20; i++) {
				String slug = "crash-durability-" + i;
				HttpResponse<String> created = post(first, slug);
				if (created.statusCode() == 201) {
					acknowledged.add(slug);
				}
			}
			first.kill();
		}
		// the kill leaves the database server running on the folder; the next start must cope with it
		try (AppProcess second = AppProcess.start(dataDir, log)) {
			for (String slug : acknowledged) {
				HttpResponse<String> read = this.http.send(HttpRequest.newBuilder(URI.create(second.base() + "/api/v1/meetings/" + slug)).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(read.statusCode()).as(slug).isEqualTo(200);
			}
			assertThat(second.terminate()).isIn(0, 143);
		}

		assertThat(acknowledged).hasSize(20);
		assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).as("the database stopped with the application").isFalse();
	}

	private HttpResponse<String> post(AppProcess app, String slug) throws Exception {
		String body = """
				{"slug": "%s", "title": "Durability check %s", "startDate": "2020-01-15", "kind": {"code": "040"},
				 "participants": [{"official": "im-chon-il", "role": "Vice Foreign Minister"}],
				 "sources": [{"publisher": "Crash test", "quote": "written before the kill"}]}""".formatted(slug, slug);
		return this.http.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/meetings"))
			.header("Content-Type", "application/json")
			.header("Authorization", EDITOR)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static void deleteRecursively(Path folder) throws java.io.IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
