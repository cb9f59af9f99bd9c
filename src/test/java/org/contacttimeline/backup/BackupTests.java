package org.contacttimeline.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.ContactTimelineApplication;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of the running service's database, restored by the command line into an empty data folder, holds the
 * same contacts, sources, revision history and editor accounts: every table compared by row count and checksum.
 */
@ApiTest
@RestoresSeed
class BackupTests {

	@Autowired
	Api api;

	@Autowired
	BackupCommand command;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path folder;

	@Test
	void aRestoreIntoAnEmptyFolderHoldsTheSameContactsSourcesAndHistory() throws Exception {
		String created = """
				{"slug": "backup-meeting", "title": "Backed up", "startDate": "2035-01-01", "kind": "040",
				 "participants": [{"official": "kim-jong-un", "role": "leader"}, {"official": "vladimir-putin", "role": "president"}],
				 "topics": ["a line\\nbreak", "a tab\\tand a backslash \\\\"],
				 "sources": [{"publisher": "Backup Wire", "headline": "Kept", "quote": "Quoted \\"in full\\""}]}""";
		Api.Response post = this.api.write("POST", "/api/v1/meetings", created, Api.EDITOR, null);
		assertThat(post.status()).isEqualTo(201);
		assertThat(this.api.write("PUT", "/api/v1/meetings/backup-meeting", created.replace("Backed up", "Backed up again"),
				Api.EDITOR, post.header("ETag")).status()).isEqualTo(200);
		Map<String, String> before;
		try (Connection connection = this.dataSource.getConnection()) {
			before = checksums(connection);
		}
		Path backup = this.folder.resolve("timeline-backup.gz");
		Path restored = this.folder.resolve("pgdata-restored");

		int backedUp = this.command.execute(List.of("backup", backup.toString()), false, quiet(), quiet());
		Process restore = restore(backup, restored);

		assertThat(backedUp).isZero();
		assertThat(restore.waitFor(5, TimeUnit.MINUTES)).as("restore finished").isTrue();
		assertThat(restore.exitValue()).as(Files.readString(this.folder.resolve("restore.log"))).isZero();
		Map<String, String> after;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(restored)
			.setCleanDataDirectory(false)
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			.start(); Connection connection = postgres.getPostgresDatabase().getConnection()) {
			after = checksums(connection);
		}
		assertThat(before).containsKeys("meeting", "source", "citation", "revision", "meeting_aud", "source_aud",
				"official", "delegation", "editor_account", "sequence meeting_id_seq");
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aRestoreRefusesADatabaseThatHoldsEditsUnlessForced() throws Exception {
		Path backup = this.folder.resolve("timeline-backup.gz");
		this.command.execute(List.of("backup", backup.toString()), false, quiet(), quiet());
		this.api.write("POST", "/api/v1/meetings", """
				{"slug": "after-the-backup", "title": "After", "startDate": "2035-01-02", "kind": "040",
				 "participants": [{"official": "kim-jong-un", "role": "leader"}],
				 "sources": [{"publisher": "Backup Wire", "quote": "Later"}]}""", Api.EDITOR, null);
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int refused = this.command.execute(List.of("restore", backup.toString()), false, quiet(),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		int notABackup = this.command.execute(List.of("restore", this.folder.resolve("none.gz").toString()), false, quiet(), quiet());

		assertThat(refused).isEqualTo(73);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty data folder", "--force");
		assertThat(notABackup).isEqualTo(66);
		assertThat(this.api.get("/api/v1/meetings/after-the-backup").status()).as("nothing replaced").isEqualTo(200);
	}

	/** {@code java ... restore FILE} in a JVM of its own, as the README runs it, on an empty data folder. */
	private Process restore(Path backup, Path dataDir) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), ContactTimelineApplication.class.getName(),
				"restore", backup.toString(), "--timeline.embedded-db.data-dir=" + dataDir,
				"--timeline.embedded-db.port=" + port));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("restore.log").toFile())
			.start();
	}

	/** Every table's row count and checksum of its rows (in a stable order), and every sequence's position. */
	private static Map<String, String> checksums(Connection connection) throws SQLException {
		Map<String, String> sums = new TreeMap<>();
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
					+ "and tablename <> 'flyway_schema_history'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rs = statement.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
						+ "E'\\n' order by t::text)), '') from \"" + table + "\" t")) {
					rs.next();
					sums.put(table, rs.getString(1));
				}
			}
			try (ResultSet rs = statement.executeQuery("select sequencename, last_value from pg_sequences where schemaname = 'public'")) {
				while (rs.next()) {
					sums.put("sequence " + rs.getString(1), rs.getString(2));
				}
			}
		}
		return sums;
	}

	private static PrintStream quiet() {
		return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
	}

}
