package org.contacttimeline.failover;

import java.util.List;

/** The configuration files of the test's cluster. */
final class ClusterFiles {

	private ClusterFiles() {
	}

	/** A member's Patroni configuration: a test's timings (ttl 10 s, loop_wait 2 s), synchronous mode. */
	static String patroni(Member member, String etcdHost) {
		return """
				scope: timeline
				name: %1$s
				restapi:
				  listen: 127.0.0.1:%3$d
				  connect_address: 127.0.0.1:%3$d
				etcd3:
				  hosts: %5$s
				bootstrap:
				  dcs:
				    ttl: 10
				    loop_wait: 2
				    retry_timeout: 3
				    maximum_lag_on_failover: 1048576
				    synchronous_mode: true
				    primary_start_timeout: 0
				    postgresql:
				      use_pg_rewind: true
				      parameters:
				        wal_log_hints: 'on'
				        max_connections: 60
				        shared_buffers: 32MB
				  initdb:
				  - encoding: UTF8
				  - locale: C.UTF-8
				postgresql:
				  listen: 127.0.0.1:%2$d
				  connect_address: 127.0.0.1:%2$d
				  data_dir: %4$s/data
				  bin_dir: /usr/lib/postgresql/15/bin
				  pgpass: %4$s/pgpass
				  authentication:
				    superuser: {username: postgres, password: postgres}
				    replication: {username: replicator, password: replicator}
				    rewind: {username: postgres, password: postgres}
				  parameters:
				    unix_socket_directories: ''
				  pg_hba:
				  - host all all 127.0.0.1/32 trust
				  - host replication replicator 127.0.0.1/32 trust
				""".formatted(member.name(), member.pgPort(), member.restPort(), member.dir(), etcdHost);
	}

	/**
	 * HAProxy's: port {@code port} to the member Patroni calls primary, {@code port + 1} to the first it calls a
	 * replica, as src/docker/patroni/haproxy.cfg, with checks twice as often.
	 */
	static String haproxy(int port, List<Member> members) {
		StringBuilder config = new StringBuilder("""
				global
				    maxconn 200
				defaults
				    mode tcp
				    timeout connect 2s
				    timeout client 30m
				    timeout server 30m
				    timeout check 1s
				""");
		for (String role : List.of("primary", "replica")) {
			int bind = role.equals("primary") ? port : port + 1;
			config.append("listen ").append(role).append("\n    bind 127.0.0.1:").append(bind).append('\n');
			if (role.equals("replica")) {
				// one replica at a time, the first up: all of a request's reads see one server
				config.append("    balance first\n");
			}
			config.append("    option httpchk OPTIONS /").append(role).append('\n')
				.append("    http-check expect status 200\n")
				.append("    default-server inter 500ms fall 2 rise 1 on-marked-down shutdown-sessions\n");
			for (Member member : members) {
				config.append("    server ").append(member.name()).append(" 127.0.0.1:").append(member.pgPort())
					.append(" maxconn 100 check port ").append(member.restPort()).append('\n');
			}
		}
		return config.toString();
	}

}
