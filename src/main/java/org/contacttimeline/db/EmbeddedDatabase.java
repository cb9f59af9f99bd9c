package org.contacttimeline.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The embedded PostgreSQL server, supervised: when its server process dies (kill -9, the kernel's out-of-memory
 * killer), it is started again on the same data folder and port, where PostgreSQL's crash recovery replays its
 * write-ahead log, so every committed write is there. Meanwhile requests fail fast with 503 problems (the pool cannot
 * connect); if it cannot come back within {@code restart-timeout}, liveness turns DOWN so that an outer supervisor
 * restarts the whole service. A folder without a database (deleted, or never made) is never initialised again
 * behind the service's back.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedDatabaseProperties properties;

	private final Path dataDir;

	private final Map<String, String> serverConfig;

	private final EmbeddedPostgres first;

	private final ApplicationEventPublisher events;

	private final ScheduledExecutorService supervisor;

	private final AtomicLong restarts = new AtomicLong();

	private volatile long pid;

	private volatile Path pgCtl;

	private volatile boolean up = true;

	private volatile boolean closing;

	private volatile long downSince;

	private volatile long lastRecoveryMillis = -1;

	private EmbeddedDatabase(EmbeddedDatabaseProperties properties, Path dataDir, Map<String, String> serverConfig,
			EmbeddedPostgres first, ApplicationEventPublisher events) {
		this.properties = properties;
		this.dataDir = dataDir;
		this.serverConfig = serverConfig;
		this.first = first;
		this.events = events;
		this.supervisor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "embedded-db-supervisor");
			thread.setDaemon(true);
			return thread;
		});
	}

	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties, Map<String, String> serverConfig,
			ApplicationEventPublisher events) throws IOException {
		Path dataDir = properties.dataDir().toAbsolutePath();
		Files.createDirectories(dataDir);
		// never the server of an application that runs: only one left by an application that ended
		DataFolderInUse.refuseIfInUse(dataDir);
		if (!properties.ephemeral()) {
			OrphanedServer.stopIfRunning(dataDir);
		}
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(properties.ephemeral())
			.setPort(properties.port())
			// stopped by the context, after the web server has finished the requests in flight (graceful shutdown),
			// not by a JVM hook of its own that would race them
			.setRegisterShutdownHook(false)
			// UTF-8 with Unicode character classes, whatever the machine's LANG: text search finds Hangul and Cyrillic
			// through its trigram index only where the database knows them for letters
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8");
		serverConfig.forEach(builder::setServerConfig);
		EmbeddedDatabase database = new EmbeddedDatabase(properties, dataDir, serverConfig, builder.start(), events);
		database.found();
		if (properties.supervised()) {
			long every = properties.checkInterval().toMillis();
			database.supervisor.scheduleWithFixedDelay(database::check, every, every, TimeUnit.MILLISECONDS);
		}
		log.info("Embedded PostgreSQL (pid {}) listening on port {} with data in {}{}", database.pid, database.port(), dataDir,
				properties.supervised() ? ", supervised" : "");
		return database;
	}

	EmbeddedPostgres first() {
		return this.first;
	}

	int port() {
		return this.first.getPort();
	}

	/** How often the server was started again after it died. */
	long restarts() {
		return this.restarts.get();
	}

	/** Whether the server runs (as far as the supervisor last looked). */
	boolean up() {
		return this.up;
	}

	/** How long the last recovery took, from the moment the death was seen to accepting connections; -1 if none. */
	long lastRecoveryMillis() {
		return this.lastRecoveryMillis;
	}

	/** Reads the server's pid (and where its binaries are) from the data folder. */
	private void found() throws IOException {
		this.pid = ServerProcess.pid(this.dataDir).orElseThrow(() -> new IOException("No postmaster.pid in " + this.dataDir));
		if (this.pgCtl == null) {
			this.pgCtl = ProcessHandle.of(this.pid)
				.flatMap((server) -> server.info().command())
				.map((command) -> Path.of(command).resolveSibling("pg_ctl"))
				.orElse(null);
		}
	}

	private void check() {
		try {
			if (this.closing || ServerProcess.alive(this.pid)) {
				return;
			}
			if (this.up) {
				this.up = false;
				this.downSince = System.nanoTime();
				log.error("The embedded PostgreSQL server (pid {}) is gone; starting it again on {}", this.pid, this.dataDir);
			}
			restart();
		}
		catch (RuntimeException ex) {
			log.error("Supervising the embedded PostgreSQL failed", ex);
		}
	}

	private void restart() {
		long downFor = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.downSince);
		String failure;
		if (!Files.isRegularFile(this.dataDir.resolve("PG_VERSION")) || this.pgCtl == null) {
			failure = this.pgCtl == null ? "the PostgreSQL binaries are unknown"
					: "the data folder " + this.dataDir + " holds no database any more";
		}
		else {
			failure = startOrAwaitServer();
		}
		if (failure == null) {
			this.lastRecoveryMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.downSince);
			this.restarts.incrementAndGet();
			this.up = true;
			log.warn("The embedded PostgreSQL server is back (pid {}) after {} ms; crash recovery done", this.pid,
					this.lastRecoveryMillis);
			AvailabilityChangeEvent.publish(this.events, this, LivenessState.CORRECT);
			return;
		}
		if (downFor > this.properties.restartTimeout().toMillis()) {
			log.error("The embedded PostgreSQL server could not be started again for {} ms ({}); liveness is DOWN", downFor,
					failure);
			AvailabilityChangeEvent.publish(this.events, this, LivenessState.BROKEN);
		}
		else {
			log.warn("Starting the embedded PostgreSQL server again failed ({}); trying again", failure);
		}
	}

	/**
	 * Starts the server, or waits for the one an earlier attempt started if it is still on its way (pg_ctl gave up
	 * waiting on a slow machine, or crash recovery takes long): that one is not to be started twice. The failure, or
	 * null once the server accepts connections.
	 */
	private String startOrAwaitServer() {
		Optional<Long> started;
		try {
			started = ServerProcess.pid(this.dataDir).filter((found) -> found != this.pid).filter(ServerProcess::alive);
		}
		catch (IOException ex) {
			started = Optional.empty();
		}
		if (started.isEmpty()) {
			return startServer();
		}
		this.pid = started.get();
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 500);
			return null;
		}
		catch (IOException ex) {
			return "the server (pid " + this.pid + ") is still starting";
		}
	}

	/** Starts the server with the settings of the first start; the failure, or null once it accepts connections. */
	private String startServer() {
		List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port()), "-F"));
		this.serverConfig.forEach((name, value) -> options.add("-c " + name + "=" + value));
		long waitSeconds = Math.max(30, this.properties.restartTimeout().toSeconds());
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// as the first start did: PostgreSQL refuses to run as root, so root runs it in a user namespace of its own
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(this.pgCtl.toString(), "-D", this.dataDir.toString(), "-o", String.join(" ", options), "-l",
				log().toString(), "-w", "-t", Long.toString(waitSeconds), "start"));
		try {
			Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
				.start();
			if (!pgCtl.waitFor(waitSeconds + 5, TimeUnit.SECONDS)) {
				pgCtl.destroyForcibly();
				return "pg_ctl did not finish";
			}
			if (pgCtl.exitValue() != 0) {
				return "pg_ctl exited with " + pgCtl.exitValue() + ", see " + log();
			}
			found();
			return null;
		}
		catch (IOException ex) {
			return ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	/** Where a restarted server writes its log: beside the data folder, not in it. */
	private Path log() {
		return this.dataDir.resolveSibling(this.dataDir.getFileName() + "-server.log");
	}

	/** Stops supervising, then the server on the folder (whichever start made it), and wipes an ephemeral folder. */
	@Override
	public void close() throws IOException {
		this.closing = true;
		this.supervisor.shutdownNow();
		try {
			this.supervisor.awaitTermination(70, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.first.close();
	}

	/** The server settings every start uses, in order. */
	static Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("fsync", "on");
		settings.put("synchronous_commit", "on");
		// its files are local and mostly in memory: a random read costs about what a sequential one does (the
		// usual setting for SSDs), so the planner looks up a page's 250 participants' officials by key instead of
		// reading all 50,000 officials (23 ms against 2 ms at a million meetings)
		settings.put("random_page_cost", "1.1");
		return settings;
	}

}
