package org.contacttimeline.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The commands {@code java -jar contact-timeline.jar backup FILE} and {@code restore FILE [--force]}, against the
 * configured database (the embedded one by default) without serving. {@code restore} replaces everything in the
 * database by the backup's content and refuses a database that holds anything written since its migrations (an
 * edit or an editor account) unless {@code --force} is given. Exit status: 0 done, 64 wrong arguments, 65 not a
 * backup or made at another schema version, 66 no such file, 73 the database is not empty, 74 reading or writing
 * failed.
 */
@Component
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

	private final Backups backups;

	private final JdbcClient jdbc;

	private int status;

	BackupCommand(Backups backups, JdbcClient jdbc) {
		this.backups = backups;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		if (words.isEmpty() || !(words.get(0).equals("backup") || words.get(0).equals("restore"))) {
			return;
		}
		this.status = execute(words, arguments.containsOption("force"), System.out, System.err);
	}

	@Override
	public int getExitCode() {
		return this.status;
	}

	int execute(List<String> words, boolean force, PrintStream out, PrintStream err) {
		if (words.size() != 2) {
			err.println("usage: backup FILE | restore FILE [--force]");
			return 64;
		}
		Path file = Path.of(words.get(1));
		try {
			if (words.get(0).equals("backup")) {
				Backups.Summary summary = this.backups.backup(file);
				out.println("Backed up " + summary.total() + " rows of " + summary.rows().size()
						+ " tables (schema version " + summary.schemaVersion() + ") to " + file);
				return 0;
			}
			if (!Files.isRegularFile(file)) {
				err.println("No backup file at " + file);
				return 66;
			}
			Backups.schemaVersionOf(file);
			if (!force && written()) {
				err.println("This database holds edits or editor accounts: restoring would replace them. Restore into "
						+ "an empty data folder (TIMELINE_EMBEDDEDDB_DATADIR=...), or add --force to replace them.");
				return 73;
			}
			Backups.Summary summary = this.backups.restore(file);
			out.println("Restored " + summary.total() + " rows of " + summary.rows().size() + " tables (schema version "
					+ summary.schemaVersion() + ") from " + file);
			return 0;
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			err.println(ex.getMessage());
			return 65;
		}
		catch (java.io.IOException | java.sql.SQLException ex) {
			err.println("The " + words.get(0) + " failed, nothing was changed: " + ex.getMessage());
			return 74;
		}
	}

	/** Whether anything was written since the migrations: a revision no migration made, or an editor account. */
	private boolean written() {
		return this.jdbc.sql("""
				select exists (select 1 from revision where editor not like 'seed:%')
				    or exists (select 1 from editor_account)""").query(Boolean.class).single();
	}

}
