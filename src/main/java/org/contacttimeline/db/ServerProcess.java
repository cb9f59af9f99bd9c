package org.contacttimeline.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The server's process, found by the pid in its data folder. */
final class ServerProcess {

	private ServerProcess() {
	}

	static Optional<Long> pid(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		return lines.isEmpty() || !lines.get(0).strip().matches("\\d+") ? Optional.empty()
				: Optional.of(Long.parseLong(lines.get(0).strip()));
	}

	/** Alive, and not a zombie that no parent has reaped yet (it holds no port and no files). */
	static boolean alive(long pid) {
		if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			return false;
		}
		Path stat = Path.of("/proc", Long.toString(pid), "stat");
		try {
			String line = Files.readString(stat);
			String state = line.substring(line.lastIndexOf(')') + 2, line.lastIndexOf(')') + 3);
			return !state.equals("Z") && !state.equals("X");
		}
		catch (IOException | RuntimeException ex) {
			return true; // no /proc here: trust ProcessHandle
		}
	}

}
