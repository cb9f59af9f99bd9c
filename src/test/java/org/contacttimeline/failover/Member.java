package org.contacttimeline.failover;

import java.nio.file.Path;

/** One Patroni member of the test's cluster and its PostgreSQL. */
final class Member {

	private final String name;

	private final int pgPort;

	private final int restPort;

	private final Path dir;

	/** Its Patroni, while it runs. */
	Process patroni;

	Member(String name, int pgPort, int restPort, Path dir) {
		this.name = name;
		this.pgPort = pgPort;
		this.restPort = restPort;
		this.dir = dir;
	}

	String name() {
		return this.name;
	}

	int pgPort() {
		return this.pgPort;
	}

	int restPort() {
		return this.restPort;
	}

	Path dir() {
		return this.dir;
	}

	Path config() {
		return this.dir.resolveSibling(this.name + ".yml");
	}

	String restUrl() {
		return "http://127.0.0.1:" + this.restPort;
	}

	/** This member's own server, not through HAProxy. */
	String url() {
		return "jdbc:postgresql://127.0.0.1:" + this.pgPort + "/postgres";
	}

	@Override
	public String toString() {
		return this.name;
	}

}
