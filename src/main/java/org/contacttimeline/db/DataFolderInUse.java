package org.contacttimeline.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Thrown when the embedded database's data folder is in use by another running application (the service, or another
 * command): nothing was started, and that application's database was left alone. The folder is in use while the
 * application that started its server holds the lock file beside the server's files ({@code epg-lock}); the operating
 * system releases it when that application ends, however it ends, so a server left behind by a killed application
 * is told apart from one in use.
 */
public final class DataFolderInUse extends IllegalStateException {

	DataFolderInUse(Path dataDir) {
		super("The data folder " + dataDir + " is in use by a running Contact Timeline (the service, or another command); "
				+ "nothing was done. Stop it first, or give this command another folder with "
				+ "--timeline.embedded-db.data-dir=DIR.");
	}

	/** Refuses a folder whose lock another application holds. */
	static void refuseIfInUse(Path dataDir) throws IOException {
		Path lockFile = dataDir.resolve("epg-lock");
		if (!Files.isRegularFile(lockFile)) {
			return;
		}
		FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// held in this very JVM: closing this channel would release that lock too (a process's locks on a file go
			// with any of its channels to it), so this one is left open
			throw new DataFolderInUse(dataDir);
		}
		catch (IOException ex) {
			channel.close();
			throw ex;
		}
		try (channel) {
			if (lock == null) {
				throw new DataFolderInUse(dataDir);
			}
			lock.release();
		}
	}

	/** The folder in use, if {@code failure} (a failed start) was caused by it. */
	public static DataFolderInUse causeOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataFolderInUse inUse) {
				return inUse;
			}
		}
		return null;
	}

}
