package org.contacttimeline.failover;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A PostgreSQL 15 cluster managed by Patroni, from Debian's packages: one etcd, three Patroni members in synchronous
 * mode (each running its PostgreSQL as the {@code postgres} user) and HAProxy in front, which sends connections on one
 * port to the member Patroni's REST API calls primary, and on another to the first member it calls a replica. Its
 * timings are a test's (ttl 10 s, loop_wait 2 s); what they are in production, and what they cost, is in
 * src/docs/scaling.md.
 */
final class PatroniCluster implements AutoCloseable {

	static final List<Path> PROGRAMS = List.of(Path.of("/usr/bin/patroni"), Path.of("/usr/bin/patronictl"),
			Path.of("/usr/bin/etcd"), Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/setpriv"),
			Path.of("/usr/lib/postgresql/15/bin/postgres"));

	static final String MEMBERS_RUNNING = "3 members running, a synchronous standby, no replica behind";

	/** What Patroni calls a member that runs: 3.0 says running for replicas too, later versions streaming. */
	private static final List<String> RUNNING = List.of("running", "streaming");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path folder;

	private final int port;

	private final List<Member> members = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private Process etcd;

	private Process haproxy;

	private PatroniCluster(Path folder, int port) {
		this.folder = folder;
		this.port = port;
	}

	/** Whether Debian's packages are installed and this runs as root (to start PostgreSQL as postgres). */
	static boolean installed() {
		return PROGRAMS.stream().allMatch(Files::isExecutable) && "root".equals(System.getProperty("user.name"));
	}

	/**
	 * Starts the cluster in {@code folder} on ports {@code port} (HAProxy's primary), +1 (HAProxy's replica), +11..+13
	 * (PostgreSQL), +21..+23 (Patroni's REST API), +31 and +32 (etcd), and waits until it is whole.
	 */
	static PatroniCluster start(Path folder, int port) throws Exception {
		PatroniCluster cluster = new PatroniCluster(folder, port);
		try {
			cluster.startAll();
			return cluster;
		}
		catch (Exception | Error ex) {
			cluster.close();
			throw ex;
		}
	}

	private void startAll() throws Exception {
		stopLeftovers();
		deleteRecursively(this.folder);
		Files.createDirectories(this.folder);
		String etcdUrl = "http://127.0.0.1:" + (this.port + 31);
		String peerUrl = "http://127.0.0.1:" + (this.port + 32);
		this.etcd = launch("etcd", List.of("etcd", "--name", "etcd", "--data-dir", this.folder.resolve("etcd").toString(),
				"--listen-client-urls", etcdUrl, "--advertise-client-urls", etcdUrl, "--listen-peer-urls", peerUrl,
				"--initial-advertise-peer-urls", peerUrl, "--initial-cluster", "etcd=" + peerUrl,
				// the test's store holds nothing that must outlive the machine
				"--unsafe-no-fsync"));
		for (int i = 1; i <= 3; i++) {
			Member member = new Member("pg" + i, this.port + 10 + i, this.port + 20 + i, this.folder.resolve("pg" + i));
			Files.createDirectories(member.dir());
			ownedByPostgres(member.dir());
			Files.writeString(member.config(), ClusterFiles.patroni(member, "127.0.0.1:" + (this.port + 31)));
			this.members.add(member);
		}
		// the first member bootstraps the cluster alone, so that the others copy it instead of racing for the lock
		start(this.members.get(0));
		await(Duration.ofSeconds(60), "pg1 to bootstrap the cluster", () -> "pg1".equals(leaderName()));
		start(this.members.get(1));
		start(this.members.get(2));
		Path haproxyConfig = this.folder.resolve("haproxy.cfg");
		Files.writeString(haproxyConfig, ClusterFiles.haproxy(this.port, this.members));
		this.haproxy = launch("haproxy", List.of("haproxy", "-db", "-f", haproxyConfig.toString()));
		awaitWhole(Duration.ofSeconds(90));
	}

	/** The primary, through HAProxy, as the service is given it. */
	String primaryUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	/** The first streaming replica, through HAProxy. */
	String replicaUrl() {
		return "jdbc:postgresql://127.0.0.1:" + (this.port + 1) + "/postgres";
	}

	List<Member> members() {
		return this.members;
	}

	Member member(String name) {
		return this.members.stream().filter((member) -> member.name().equals(name)).findFirst().orElseThrow();
	}

	/** The member holding the leader lock, as the cluster's other members see it. */
	Member leader() throws IOException, InterruptedException {
		String name = leaderName();
		if (name == null) {
			throw new IllegalStateException("The cluster has no leader: " + cluster());
		}
		return member(name);
	}

	/** The member the leader waits for at each COMMIT: in synchronous mode, the only one it may hand over to. */
	Member synchronousStandby() {
		return clusterMembers().stream()
			.filter((member) -> "sync_standby".equals(member.path("role").asString()))
			.map((member) -> member(member.path("name").asString()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No synchronous standby: " + cluster()));
	}

	private String leaderName() {
		for (JsonNode member : clusterMembers()) {
			if ("leader".equals(member.path("role").asString()) && "running".equals(member.path("state").asString())) {
				return member.path("name").asString();
			}
		}
		return null;
	}

	/** Whether every member runs, one leads, one is its synchronous standby, and no replica lags. */
	boolean whole() {
		List<JsonNode> members = clusterMembers();
		return members.size() == 3
				&& members.stream().allMatch((member) -> RUNNING.contains(member.path("state").asString()))
				&& members.stream().filter((member) -> "leader".equals(member.path("role").asString())).count() == 1
				&& members.stream().anyMatch((member) -> "sync_standby".equals(member.path("role").asString()))
				&& members.stream()
					.filter((member) -> !"leader".equals(member.path("role").asString()))
					.allMatch((member) -> member.path("lag").isNumber() && member.path("lag").asLong() == 0);
	}

	void awaitWhole(Duration timeout) throws InterruptedException {
		try {
			await(timeout, MEMBERS_RUNNING, this::whole);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(ex.getMessage() + "; Patroni says " + cluster() + "; PostgreSQL's processes: "
					+ processes(), ex);
		}
	}

	/** What runs as postgres, for a cluster that does not come together. */
	private static String processes() {
		try {
			Process ps = new ProcessBuilder("ps", "-u", "postgres", "-o", "pid,ppid,stat,wchan:20,args").start();
			return new String(ps.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	/** Patroni's view of the cluster, from the first member that answers. */
	String cluster() {
		for (Member member : this.members) {
			try {
				HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(member.restUrl() + "/cluster"))
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200) {
					return answer.body();
				}
			}
			catch (IOException ex) {
				// that member is down; ask the next
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "";
			}
		}
		return "";
	}

	private List<JsonNode> clusterMembers() {
		String cluster = cluster();
		if (cluster.isEmpty()) {
			return List.of();
		}
		List<JsonNode> members = new ArrayList<>();
		JSON.readTree(cluster).path("members").forEach(members::add);
		return members;
	}

	/** SIGKILL to the member's postmaster, as the out-of-memory killer would send it. */
	long killPostmaster(Member member) throws IOException {
		long pid = Long.parseLong(Files.readAllLines(member.dir().resolve("data/postmaster.pid")).get(0).strip());
		ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		return pid;
	}

	/** SIGKILL to the member's Patroni. */
	void killPatroni(Member member) throws InterruptedException {
		member.patroni.destroyForcibly();
		member.patroni.waitFor(10, TimeUnit.SECONDS);
	}

	/** Starts the member's Patroni, as its supervisor (systemd) would after a crash or a reboot. */
	void start(Member member) throws IOException {
		member.patroni = new ProcessBuilder("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "patroni",
				member.config().toString())
			// no input, as under systemd: a backend whose wait for the synchronous standby ends with the postmaster's
			// death stops answering its client and reads commands from its standard input; an open pipe there keeps
			// it alive, attached to the old shared memory, and PostgreSQL cannot start again on that folder
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(member.dir().resolveSibling(member.name() + ".log").toFile()))
			.start();
		Files.writeString(this.folder.resolve(member.name() + ".pid"), Long.toString(member.patroni.pid()));
	}

	/** A planned switchover to {@code candidate}, as an operator asks it; returns what patronictl said. */
	String switchover(Member leader, Member candidate) throws IOException, InterruptedException {
		Process patronictl = new ProcessBuilder("patronictl", "-c", leader.config().toString(), "switchover", "--leader",
				leader.name(), "--candidate", candidate.name(), "--force")
			.redirectErrorStream(true)
			.start();
		String said = new String(patronictl.getInputStream().readAllBytes());
		if (!patronictl.waitFor(60, TimeUnit.SECONDS) || patronictl.exitValue() != 0) {
			throw new IllegalStateException("patronictl switchover failed: " + said);
		}
		return said;
	}

	/** Switches Patroni's synchronous mode and waits until the primary commits accordingly. */
	void synchronousMode(boolean on) throws Exception {
		HttpResponse<String> patched = this.http.send(HttpRequest.newBuilder(URI.create(leader().restUrl() + "/config"))
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"synchronous_mode\": " + on + "}"))
			.timeout(Duration.ofSeconds(5))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (patched.statusCode() != 200) {
			throw new IllegalStateException("Patroni refused the change: " + patched.body());
		}
		await(Duration.ofSeconds(30), "synchronous mode " + (on ? "on" : "off") + " on the primary", () -> {
			try {
				String standbys = Sql.query(primaryUrl(), "select count(*) from pg_stat_replication where sync_state = 'sync'");
				return on == !"0".equals(standbys);
			}
			catch (SQLException ex) {
				return false;
			}
		});
	}

	static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Not within " + timeout.toSeconds() + " s: " + what);
			}
			Thread.sleep(100); // between polls
		}
	}

	private Process launch(String name, List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.folder.resolve(name + ".log").toFile()))
			.start();
		Files.writeString(this.folder.resolve(name + ".pid"), Long.toString(process.pid()));
		return process;
	}

	/** Stops Patroni (which stops its PostgreSQL), HAProxy and etcd, and any PostgreSQL left behind. */
	@Override
	public void close() throws Exception {
		for (Member member : this.members) {
			if (member.patroni != null && member.patroni.isAlive()) {
				member.patroni.destroy();
			}
		}
		for (Member member : this.members) {
			if (member.patroni != null && !member.patroni.waitFor(30, TimeUnit.SECONDS)) {
				member.patroni.destroyForcibly();
			}
		}
		for (Process process : new Process[] { this.haproxy, this.etcd }) {
			if (process != null) {
				process.destroy();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		stopLeftovers();
	}

	/**
	 * Stops what a run that did not end cleanly (a killed build) left in the folder: the processes whose ids it
	 * wrote, when they are still the programs it started, and PostgreSQL servers on its data folders.
	 */
	private void stopLeftovers() throws IOException {
		if (!Files.isDirectory(this.folder)) {
			return;
		}
		List<Path> pidFiles = new ArrayList<>();
		try (var files = Files.list(this.folder)) {
			files.filter((file) -> file.getFileName().toString().endsWith(".pid")).forEach(pidFiles::add);
		}
		for (int i = 1; i <= 3; i++) {
			pidFiles.add(this.folder.resolve("pg" + i).resolve("data/postmaster.pid"));
		}
		for (Path pidFile : pidFiles) {
			if (!Files.isRegularFile(pidFile)) {
				continue;
			}
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
			Optional<ProcessHandle> process = ProcessHandle.of(pid).filter((handle) -> handle.info()
				.commandLine()
				.filter((line) -> line.contains("patroni") || line.contains("etcd") || line.contains("haproxy")
						|| line.contains("postgres"))
				.isPresent());
			process.ifPresent((handle) -> {
				handle.destroyForcibly();
				handle.onExit().join();
			});
		}
	}

	private static void ownedByPostgres(Path dir) throws IOException {
		UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
		GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
		PosixFileAttributeView attributes = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
		attributes.setOwner(users.lookupPrincipalByName("postgres"));
		attributes.setGroup(group);
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}


}
