package org.contacttimeline.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.contacttimeline.ContactTimelineApplication;

/**
 * The application in a process of its own, as an operator runs it, so that a test can kill it as a crash would, or
 * run several of it on one database.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path dataDir;

	private AppProcess(Process process, int port, Path dataDir) {
		this.process = process;
		this.port = port;
		this.dataDir = dataDir;
	}

	static AppProcess start(Path dataDir, Path log) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		return launch(dataDir, log, port, List.of()).awaitReady();
	}

	/**
	 * Starts the application on {@code port} with the test editor and further {@code arguments} (e.g. an external
	 * database), without waiting for it to be ready.
	 */
	public static AppProcess launch(Path dataDir, Path log, int port, List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-cp", System.getProperty("java.class.path"), ContactTimelineApplication.class.getName(),
				"--server.port=" + port, "--timeline.embedded-db.data-dir=" + dataDir,
				"--timeline.security.editor.username=editor", "--timeline.security.editor.password=editor-password",
				"--logging.level.root=warn", "--logging.level.org.contacttimeline=info"));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return new AppProcess(process, port, dataDir);
	}

	/** Waits until the application reports ready. */
	public AppProcess awaitReady() throws IOException, InterruptedException {
		// generous: a shared CI machine may take minutes to start a JVM and a database; a ready app passes at once
		awaitReady(Duration.ofMinutes(5));
		return this;
	}

	public String base() {
		return "http://localhost:" + this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/** What a crash does: SIGKILL, no shutdown hook, no clean stop of the database. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** What an operator does: SIGTERM, a graceful shutdown. */
	public int terminate() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
		return this.process.exitValue();
	}

	private void awaitReady(Duration timeout) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application exited with " + this.process.exitValue());
			}
			try {
				HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			this.process.waitFor(250, TimeUnit.MILLISECONDS);
		}
		throw new IllegalStateException("The application was not ready within " + timeout);
	}

	/** Stops whatever is left, even after a failed test: the app, then a database server it left behind. */
	@Override
	public void close() throws Exception {
		if (this.process.isAlive()) {
			terminate();
		}
		Path pidFile = this.dataDir.resolve("postmaster.pid");
		if (Files.isRegularFile(pidFile)) {
			String pid = Files.readAllLines(pidFile).get(0).strip();
			ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).ifPresent((server) -> {
				try {
					new ProcessBuilder("kill", "-INT", pid).start().waitFor();
					server.onExit().get(30, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					server.destroyForcibly();
				}
			});
		}
	}

}
