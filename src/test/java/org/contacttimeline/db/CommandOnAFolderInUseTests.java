package org.contacttimeline.db;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.contacttimeline.ContactTimelineApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command run on the data folder of a running service (an operator's {@code editors list} beside the service) never
 * stops that service's database: it says the folder is in use and exits with 73, and the service goes on answering.
 */
class CommandOnAFolderInUseTests {

	@Test
	void refusesAFolderInUseAndLeavesTheServiceRunning() throws Exception {
		Path dataDir = TargetFolder.fresh("in-use-pgdata");
		Path log = TargetFolder.freshFile("in-use-app.log");

		try (AppProcess app = AppProcess.start(dataDir, log)) {
			long server = ServerProcess.pid(dataDir).orElseThrow();

			Result editors = command(dataDir, "editors", "list");
			Result backup = command(dataDir, "backup", Path.of("target", "in-use-backup.gz").toAbsolutePath().toString());

			for (Result result : List.of(editors, backup)) {
				assertThat(result.status()).as(result.output()).isEqualTo(73);
				assertThat(result.output()).contains("is in use by a running Contact Timeline", "nothing was done")
					.doesNotContain("Exception");
			}
			assertThat(ServerProcess.alive(server)).as("the service's database still runs").isTrue();
			assertThat(ServerProcess.pid(dataDir)).contains(server);
			HttpResponse<String> ready = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create(app.base() + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(ready.statusCode()).isEqualTo(200);
		}
	}

	private record Result(int status, String output) {
	}

	private static Result command(Path dataDir, String... words) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), ContactTimelineApplication.class.getName()));
		command.addAll(List.of(words));
		command.add("--timeline.embedded-db.data-dir=" + dataDir);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

}
