package org.contacttimeline;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar a user runs, run as a user runs it: {@code java -jar} on a fresh data folder. The HTTP tests run on the test
 * class path, which holds every test dependency; this one runs on what the jar carries, so a dependency the service
 * needs but the build scoped to tests (springdoc's Jackson 2 java.time module once was) fails here, in
 * {@code mvn verify}, instead of in the first user's {@code mvn spring-boot:run}.
 */
class PackagedJarIT {

	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process service;

	private Path dataDir;

	@AfterEach
	void stop() throws Exception {
		if (service != null) {
			service.destroy(); // SIGTERM: Spring closes the context and stops its embedded PostgreSQL
			if (!service.waitFor(60, TimeUnit.SECONDS)) {
				service.destroyForcibly().waitFor();
			}
		}
		if (dataDir != null) {
			try (Stream<Path> files = Files.walk(dataDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Test
	void answersHelpAndMistypedCommandsWithTheUsageWithoutStartingAnything() throws Exception {
		Path jar = Path.of("target", "contact-timeline.jar").toAbsolutePath();
		dataDir = Files.createTempDirectory("packaged-jar-cli");
		Path backup = Files.createFile(dataDir.resolve("backup.gz"));

		assertThat(run(jar, "--help")).startsWith("0 usage: java -jar contact-timeline.jar");
		assertThat(run(jar, "help")).startsWith("0 usage:");
		assertThat(run(jar, "serve")).startsWith("64 'serve' is not a command").contains("usage:");
		assertThat(run(jar, "import", "events.csv")).startsWith("64 import: give the countries");
		assertThat(run(jar, "import", "events.csv", "--country=KP")).startsWith("66 no such file: events.csv");
		assertThat(run(jar, "import", backup.toString(), "--country=XX")).startsWith("64 import: not a country code: XX");
		assertThat(run(jar, "editors", "remove", "erin")).startsWith("64 editors: give list, or add");
		assertThat(run(jar, "restore", backup.toString(), "--forced")).startsWith("64 restore: --forced is not an option");

		// nothing started: no database was made in the working directory
		assertThat(dataDir.resolve("var")).doesNotExist();
	}

	/** Runs the jar in the scratch folder: its exit status, then what it printed (stdout, then stderr). */
	private String run(Path jar, String... args) throws Exception {
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
		command.addAll(java.util.List.of(args));
		Process process = new ProcessBuilder(command).directory(dataDir.toFile()).start();
		String out = new String(process.getInputStream().readAllBytes()) + new String(process.getErrorStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return process.exitValue() + " " + out;
	}

	@Test
	void theJarStartsOnAFreshFolderAndServesTheSeedAndItsApiDocument() throws Exception {
		Path jar = Path.of("target", "contact-timeline.jar");
		assertThat(jar).as("mvn verify packages the jar before this test").exists();
		dataDir = Files.createTempDirectory("packaged-jar-it");
		int appPort = freePort();
		int dbPort = freePort();
		Path log = Path.of("target", "packaged-jar-it.log");
		service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-jar", jar.toString(), "--server.port=" + appPort,
				"--timeline.embedded-db.data-dir=" + dataDir.resolve("pgdata"),
				"--timeline.embedded-db.port=" + dbPort)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		String base = "http://localhost:" + appPort;

		awaitReady(base, log);

		HttpResponse<String> day = get(base + "/api/v1/meetings?date=2019-03-14&country=KP");
		assertThat(day.statusCode()).isEqualTo(200);
		assertThat(day.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(day.body()).contains("2019-03-14").contains("Morgulov");

		HttpResponse<String> apiDocument = get(base + "/v3/api-docs");
		assertThat(apiDocument.statusCode()).isEqualTo(200);
		assertThat(apiDocument.body()).contains("\"openapi\"").contains("/api/v1/meetings");

		HttpResponse<String> problem = get(base + "/api/v1/meetings?date=2019-3-5");
		assertThat(problem.statusCode()).isEqualTo(400);
		assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private void awaitReady(String base, Path log) throws Exception {
		Instant deadline = Instant.now().plus(START_LIMIT);
		while (Instant.now().isBefore(deadline)) {
			assertThat(service.isAlive()).as("the jar stopped while starting; its output:%n%s", tail(log)).isTrue();
			try {
				HttpResponse<String> readiness = get(base + "/actuator/health/readiness");
				if (readiness.statusCode() == 200 && readiness.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// the port opens late in start-up
			}
			service.waitFor(500, TimeUnit.MILLISECONDS); // returns at once if the service stops
		}
		throw new AssertionError("the jar did not report ready within " + START_LIMIT + "; its output:\n" + tail(log));
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String tail(Path log) throws IOException {
		String text = Files.readString(log);
		return text.substring(Math.max(0, text.length() - 6000));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
