package org.contacttimeline.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a test that starts a service or a database of its own keeps them: a folder or a file under {@code target},
 * cleared of what an earlier run left there.
 */
final class TargetFolder {

	private TargetFolder() {
	}

	/** The folder {@code target/<name>}, as an absolute path, emptied. */
	static Path fresh(String name) throws IOException {
		Path folder = Path.of("target", name).toAbsolutePath();
		CrashDurabilityTests.deleteRecursively(folder);
		return folder;
	}

	/** The file {@code target/<name>}, as an absolute path, deleted. */
	static Path freshFile(String name) throws IOException {
		Path file = Path.of("target", name).toAbsolutePath();
		Files.deleteIfExists(file);
		return file;
	}

}
