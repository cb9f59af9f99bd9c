package org.contacttimeline.export;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export whose client goes away stops within a second, even while one of its statements runs: the statement is
 * cancelled and its transaction ended, instead of running on for a client that will never read it. The statement is
 * made slow for real: another session holds a lock on a table that the export's next page reads, as a long write
 * would.
 */
@ApiTest
@RestoresSeed
class ExportDisconnectTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Value("${local.server.port}")
	int port;

	@Test
	void cancelsTheStatementOfAnExportWhoseClientHasGoneWithinASecond() throws Exception {
		// a first page of meetings before the seed's, larger than an answer held to be kept (1 MB); the next page
		// holds delegation visits, whose members the export reads from a table no earlier statement touched
		this.jdbc.sql("insert into meeting (slug, title, start_date, end_date, date_precision, status, kind_code, summary) "
				+ "select 'early-' || g, 'Early meeting ' || g, date '1800-01-01' + g, date '1800-01-01' + g, 'day', 'held', "
				+ "'040', repeat('A long summary. ', 150) from generate_series(1, 600) g").update();
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		int idle = pool.getHikariPoolMXBean().getActiveConnections();
		try (Connection locker = this.dataSource.getConnection()) {
			locker.setAutoCommit(false);
			try (Statement statement = locker.createStatement()) {
				statement.execute("lock table delegation_member in access exclusive mode");
			}
			int pid;
			try (Socket client = new Socket("localhost", this.port)) {
				client.setSoTimeout(30_000);
				OutputStream out = client.getOutputStream();
				out.write(("GET /api/v1/timeline?format=csv HTTP/1.1\r\nHost: localhost\r\nCache-Control: no-cache\r\n"
						+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				InputStream in = client.getInputStream();
				byte[] first = in.readNBytes(64 * 1024);
				assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200").contains("type,slug,title");

				pid = waitingExport();
			}
			long closed = System.nanoTime();

			long stopped = poll(() -> this.jdbc.sql("select count(*) from pg_stat_activity where pid = :pid and state <> 'idle'")
				.param("pid", pid).query(Long.class).single() == 0);
			long returned = poll(() -> pool.getHikariPoolMXBean().getActiveConnections() <= idle + 1);

			assertThat(Duration.ofNanos(stopped - closed)).as("statement and transaction gone after the client")
				.isLessThan(Duration.ofSeconds(1));
			assertThat(Duration.ofNanos(returned - closed)).as("connection back in the pool after the client")
				.isLessThan(Duration.ofSeconds(1));
			locker.rollback();
		}
	}

	/** The backend of the export, once its statement waits for the lock. */
	private int waitingExport() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			var pid = this.jdbc.sql("select pid from pg_stat_activity where wait_event_type = 'Lock' "
					+ "and query like '%delegation_member%' and pid <> pg_backend_pid()").query(Integer.class).optional();
			if (pid.isPresent()) {
				return pid.get();
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("the export never waited for the lock");
	}

	/** When {@code done} first held, polled for at most 10 s. */
	private static long poll(java.util.function.BooleanSupplier done) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (done.getAsBoolean()) {
				return System.nanoTime();
			}
			Thread.onSpinWait();
		}
		return deadline;
	}

}
