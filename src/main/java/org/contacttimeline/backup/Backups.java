package org.contacttimeline.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.stereotype.Component;

/**
 * Writes every table of the schema (but Flyway's own) to one gzip file in PostgreSQL's COPY text format, from one
 * REPEATABLE READ snapshot, so that a backup taken while editors write is consistent; and loads such a file into a
 * database migrated to the same schema version, in one transaction: either all of it is restored or nothing.
 * <p>
 * The file: a header ({@code -- contact-timeline backup}, {@code -- schema-version: N}), then per table a line
 * {@code COPY "name" ("col", ...) FROM stdin;}, its rows and {@code \.}, then one {@code -- sequence: name value
 * called} line per sequence.
 */
@Component
class Backups {

	static final String MAGIC = "-- contact-timeline backup";

	private static final String VERSION = "-- schema-version: ";

	private static final String SEQUENCE = "-- sequence: ";

	private final DataSource dataSource;

	Backups(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** What a backup or restore moved: rows per table. */
	record Summary(String schemaVersion, Map<String, Long> rows) {

		long total() {
			return this.rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** Writes the backup to {@code file} (through a temporary file, so that a failed backup leaves no partial one). */
	Summary backup(Path file) throws IOException, SQLException {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		Summary summary;
		try (Connection connection = this.dataSource.getConnection();
				OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial));
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			String version = schemaVersion(connection);
			writer.write(MAGIC + "\n" + VERSION + version + "\n");
			Map<String, Long> rows = new LinkedHashMap<>();
			for (Map.Entry<String, List<String>> table : tables(connection).entrySet()) {
				String columns = String.join(", ", table.getValue().stream().map(Backups::quote).toList());
				writer.write("COPY " + quote(table.getKey()) + " (" + columns + ") FROM stdin;\n");
				writer.flush();
				long count = copy.copyOut("copy " + quote(table.getKey()) + " (" + columns + ") to stdout", writer);
				writer.write("\\.\n");
				rows.put(table.getKey(), count);
			}
			for (String[] sequence : sequences(connection)) {
				writer.write(SEQUENCE + sequence[0] + " " + sequence[1] + " " + sequence[2] + "\n");
			}
			connection.commit();
			summary = new Summary(version, rows);
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return summary;
	}

	/** The schema version a backup file was made at, read from its header. */
	static String schemaVersionOf(Path file) throws IOException {
		try (BufferedReader reader = open(file)) {
			if (!MAGIC.equals(reader.readLine())) {
				throw new IllegalArgumentException(file + " is not a contact-timeline backup");
			}
			String line = reader.readLine();
			if (line == null || !line.startsWith(VERSION)) {
				throw new IllegalArgumentException(file + " has no schema version in its header");
			}
			return line.substring(VERSION.length());
		}
	}

	/**
	 * Replaces the whole content of the database by the backup's, in one transaction. The database must be at the
	 * backup's schema version (checked first).
	 */
	Summary restore(Path file) throws IOException, SQLException {
		String version = schemaVersionOf(file);
		try (Connection connection = this.dataSource.getConnection(); BufferedReader reader = open(file)) {
			connection.setAutoCommit(false);
			String current = schemaVersion(connection);
			if (!current.equals(version)) {
				throw new IllegalStateException("The backup was made at schema version " + version
						+ " and this database is at " + current + ": restore it with the release that made it "
						+ "(then start this release on the restored folder to migrate it)");
			}
			Map<String, List<String>> tables = tables(connection);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			try (Statement statement = connection.createStatement()) {
				// the rows come as they were: no trigger recomputes them, no foreign key is checked row by row
				statement.execute("set local session_replication_role = replica");
				statement.execute("truncate " + String.join(", ", tables.keySet().stream().map(Backups::quote).toList()));
				Map<String, Long> rows = new LinkedHashMap<>();
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.startsWith("COPY ")) {
						String table = unquote(line.substring(5, line.indexOf(' ', 5)));
						if (!tables.containsKey(table)) {
							throw new IllegalStateException("The backup holds table " + table + ", which this database lacks");
						}
						rows.put(table, copy.copyIn(line.substring(0, line.length() - 1).replace(" FROM stdin", " from stdin"),
								new TableData(reader)));
					}
					else if (line.startsWith(SEQUENCE)) {
						String[] sequence = line.substring(SEQUENCE.length()).split(" ");
						statement.execute("select setval(" + literal(quote(sequence[0])) + ", " + Long.parseLong(sequence[1])
								+ ", " + Boolean.parseBoolean(sequence[2]) + ")");
					}
				}
				connection.commit();
				return new Summary(version, rows);
			}
			catch (IOException | SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
	}

	private static BufferedReader open(Path file) throws IOException {
		return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select version from flyway_schema_history where success "
						+ "and version is not null order by installed_rank desc limit 1")) {
			return rs.next() ? rs.getString(1) : "none";
		}
	}

	/** The tables of the schema but Flyway's, each with its stored columns (generated ones are computed again). */
	private static Map<String, List<String>> tables(Connection connection) throws SQLException {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select c.relname, a.attname from pg_class c
						join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
						join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
						     and a.attgenerated = ''
						where c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
						order by c.relname, a.attnum""")) {
			while (rs.next()) {
				tables.computeIfAbsent(rs.getString(1), (t) -> new ArrayList<>()).add(rs.getString(2));
			}
		}
		return tables;
	}

	private static List<String[]> sequences(Connection connection) throws SQLException {
		List<String[]> sequences = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select sequencename, coalesce(last_value, start_value), last_value is not null
						from pg_sequences where schemaname = current_schema() order by sequencename""")) {
			while (rs.next()) {
				sequences.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3).startsWith("t") ? "true" : "false" });
			}
		}
		return sequences;
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static String unquote(String quoted) {
		return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	/** The rows of one table in the file, up to its {@code \.} line, as a reader that COPY reads from. */
	private static final class TableData extends Reader {

		private final BufferedReader lines;

		private Reader current = new StringReader("");

		private boolean ended;

		TableData(BufferedReader lines) {
			this.lines = lines;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			while (true) {
				int read = this.current.read(buffer, offset, length);
				if (read > 0) {
					return read;
				}
				if (this.ended) {
					return -1;
				}
				String line = this.lines.readLine();
				if (line == null) {
					throw new IOException("The backup ends inside a table: it is truncated");
				}
				if (line.equals("\\.")) {
					this.ended = true;
					return -1;
				}
				this.current = new StringReader(line + "\n");
			}
		}

		@Override
		public void close() {
		}

	}

}
