package org.contacttimeline.replica;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL 18 primary and a streaming replica of it, from the same embedded binaries the application uses (they
 * hold no pg_basebackup): the primary is made, given a replication slot and stopped cleanly; a copy of its data folder
 * with {@code standby.signal} and {@code primary_conninfo} becomes the replica; then both start. One pair serves a
 * test class, registered as {@code @RegisterExtension static final StreamingReplica databases = StreamingReplica.in(...)}:
 * made before the class's own {@code @BeforeAll} and stopped after its {@code @AfterAll}, so that the services the
 * class starts on it come and go inside its lifetime.
 */
final class StreamingReplica implements BeforeAllCallback, AfterAllCallback {

	private final Path folder;

	private final int primaryPort;

	private final int replicaPort;

	private EmbeddedPostgres primary;

	private EmbeddedPostgres replica;

	private StreamingReplica(Path folder, int primaryPort, int replicaPort) {
		this.folder = folder;
		this.primaryPort = primaryPort;
		this.replicaPort = replicaPort;
	}

	/** A pair whose data folders are under {@code folder} (emptied first), listening on the ports given. */
	static StreamingReplica in(Path folder, int primaryPort, int replicaPort) {
		return new StreamingReplica(folder, primaryPort, replicaPort);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		deleteRecursively(this.folder);
		Path primaryDir = this.folder.resolve("primary");
		Path replicaDir = this.folder.resolve("replica");
		try (EmbeddedPostgres made = server(primaryDir, this.primaryPort);
				Connection connection = made.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("select pg_create_physical_replication_slot('replica')");
		}
		copy(primaryDir, replicaDir);
		// a copy of the slot would hold WAL on the replica for no one
		try (Stream<Path> slots = Files.list(replicaDir.resolve("pg_replslot"))) {
			for (Path slot : slots.toList()) {
				deleteRecursively(slot);
			}
		}
		Files.createFile(replicaDir.resolve("standby.signal"));
		Files.writeString(replicaDir.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=localhost port="
				+ this.primaryPort + " user=postgres application_name=replica'\nprimary_slot_name = 'replica'\n",
				java.nio.file.StandardOpenOption.APPEND);
		this.primary = server(primaryDir, this.primaryPort);
		this.replica = server(replicaDir, this.replicaPort);
		awaitStreaming();
	}

	private static EmbeddedPostgres server(Path dataDir, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setRegisterShutdownHook(true)
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			// as the application's own embedded database: an acknowledged write is on disk
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("random_page_cost", "1.1")
			// no Unix socket: its lock file in /tmp, left behind by a server that was killed, stops a new server on
			// the same port from starting while the lock's process id belongs to another process (all connect by TCP)
			.setServerConfig("unix_socket_directories", "''")
			// what the server says, for when it does not start
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log(dataDir)))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log(dataDir)))
			.start();
	}

	private static java.io.File log(Path dataDir) {
		return dataDir.resolveSibling(dataDir.getFileName() + "-server.log").toFile();
	}

	String primaryUrl() {
		return this.primary.getJdbcUrl("postgres", "postgres");
	}

	String replicaUrl() {
		return "jdbc:postgresql://localhost:" + this.replicaPort + "/postgres?user=postgres";
	}

	/** Runs a query on the primary and returns the first column of its first row. */
	String onPrimary(String sql) throws SQLException {
		return query(this.primary, sql);
	}

	/** Runs a query on the replica and returns the first column of its first row. */
	String onReplica(String sql) throws SQLException {
		return query(this.replica, sql);
	}

	/** A connection to the primary, for a transaction the test holds open. */
	java.sql.Connection primaryConnection() throws SQLException {
		return this.primary.getPostgresDatabase().getConnection();
	}

	/** Stops applying WAL on the replica: it stays up and answers, but what it shows stops moving. */
	void pauseReplay() throws SQLException {
		onReplica("select pg_wal_replay_pause()");
	}

	void resumeReplay() throws SQLException {
		onReplica("select pg_wal_replay_resume()");
	}

	/** Whether the replica has replayed everything the primary had written when this was asked. */
	boolean caughtUp() throws SQLException {
		String written = onPrimary("select pg_current_wal_lsn()");
		return "t".equals(onReplica("select pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn"));
	}

	/** Stops the replica as an operator would (fast shutdown); the primary carries on. */
	void stopReplica() throws IOException {
		this.replica.close();
	}

	/**
	 * Stops the replica as an operator's emergency stop does ({@code pg_ctl stop -m immediate}): its sessions are
	 * ended at once, without a shutdown checkpoint, and it recovers from the crash when started again.
	 */
	void stopReplicaImmediately() throws Exception {
		ProcessHandle postmaster = replicaPostmaster();
		List<ProcessHandle> processes = withDescendants(postmaster);
		// pg_ctl beside the running server: the binaries the embedded PostgreSQL unpacked
		Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling("pg_ctl");
		List<String> command = new java.util.ArrayList<>();
		if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
			// as the embedded PostgreSQL runs its pg_ctl: it refuses to run as root, so root runs it in a user namespace
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(pgCtl.toString(), "-D", this.folder.resolve("replica").toString(), "stop", "-m", "immediate", "-w"));
		Process stop = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log(this.folder.resolve("replica"))))
			.start();
		if (!stop.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || stop.exitValue() != 0) {
			throw new IllegalStateException("pg_ctl stop -m immediate did not stop the replica (see its server log)");
		}
		awaitGone(processes);
	}

	/**
	 * Kills the replica's postmaster with SIGKILL, as a crash or the OOM killer would; its sessions end as they notice
	 * (the postmaster's death), and the server recovers from the crash when started again.
	 */
	void killReplica() throws Exception {
		ProcessHandle postmaster = replicaPostmaster();
		List<ProcessHandle> processes = withDescendants(postmaster); // before they lose their parent
		postmaster.destroyForcibly();
		awaitGone(processes);
	}

	private ProcessHandle replicaPostmaster() throws IOException {
		long pid = Long.parseLong(Files.readAllLines(this.folder.resolve("replica").resolve("postmaster.pid")).get(0).strip());
		return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("The replica's postmaster is not running"));
	}

	private static List<ProcessHandle> withDescendants(ProcessHandle postmaster) {
		List<ProcessHandle> processes = new java.util.ArrayList<>(postmaster.descendants().toList());
		processes.add(postmaster);
		return processes;
	}

	/** Until the postmaster and every process it had started have exited; then the replica may start again. */
	private void awaitGone(List<ProcessHandle> processes) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The replica's processes did not exit within 60 s");
			}
			Thread.sleep(20); // between polls
		}
		// the server is gone: closing its handle releases the data folder's lock (its own clean stop finds no server)
		this.replica.close();
	}

	void startReplica() throws Exception {
		this.replica = server(this.folder.resolve("replica"), this.replicaPort);
		awaitStreaming();
	}

	private void awaitStreaming() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!"1".equals(onPrimary("select count(*) from pg_stat_replication where state = 'streaming'"))) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The replica did not start streaming from the primary within 60 s");
			}
			Thread.sleep(20); // between polls
		}
	}

	private static String query(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		try {
			if (this.replica != null) {
				this.replica.close();
			}
		}
		finally {
			if (this.primary != null) {
				this.primary.close();
			}
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else if (!path.getFileName().toString().equals("postmaster.pid")) {
					Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		// PostgreSQL refuses a data folder others may read
		Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
