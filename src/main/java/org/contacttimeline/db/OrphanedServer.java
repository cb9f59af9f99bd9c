package org.contacttimeline.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the data folder by an application that was killed (kill -9 leaves the
 * embedded server behind, holding the folder). It is shut down cleanly (fast mode: it checkpoints, so every
 * committed write stays) before a new one starts on the same folder.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private OrphanedServer() {
	}

	static void stopIfRunning(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).strip());
		Optional<ProcessHandle> server = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(false));
		if (server.isEmpty()) {
			return; // a stale pid file: PostgreSQL recovers from it by itself
		}
		log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}; shutting it down", pid, dataDir);
		new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
		try {
			server.get().onExit().get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for the old PostgreSQL server to stop", ex);
		}
		catch (Exception ex) {
			throw new IOException("The old PostgreSQL server (pid " + pid + ") on " + dataDir
					+ " did not stop within 60 s; stop it and start again", ex);
		}
	}

}
