package org.contacttimeline.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.contacttimeline.country.CountryCodes;
import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.db.Deadline;
import org.contacttimeline.web.InvalidRequestException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command {@code java -jar contact-timeline.jar import FILE --country=KP --country=RU}: imports a file as
 * {@code POST /api/v1/imports} does, against the configured database (the embedded one by default), without serving.
 * It prints the import's report as one line of JSON on standard output, its progress on standard error, and exits
 * with 0 (imported, or imported before), 64 (wrong arguments), 65 (the file is no file of events), 66 (no such
 * file) or 74 (the file could not be read). The service is not started for it: run it while the service is stopped, or against a shared PostgreSQL.
 */
@Component
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String COMMAND = "import";

	private final CandidateImporter importer;

	private final JsonMapper json;

	private final PrintStream out;

	private final PrintStream err;

	private int status;

	ImportCommand(CandidateImporter importer, JsonMapper json) {
		this.importer = importer;
		this.json = json;
		this.out = System.out;
		this.err = System.err;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		if (words.isEmpty() || !words.get(0).equals(COMMAND)) {
			return;
		}
		List<String> given = arguments.getOptionValues("country");
		List<String> codes = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String code : (given != null) ? given : List.<String>of()) {
			for (String one : code.split(",")) {
				String resolved = CountryCodes.resolve(one.strip());
				(resolved != null ? codes : unknown).add(resolved != null ? resolved : one);
			}
		}
		if (words.size() != 2 || codes.isEmpty() || !unknown.isEmpty()) {
			this.err.println((unknown.isEmpty() ? "" : "not a country code: " + String.join(", ", unknown) + "; ")
					+ "usage: java -jar contact-timeline.jar import FILE --country=KP [--country=RU ...]"
					+ "  (FILE: a GDELT 2.0 events export, zipped or not, or POLECAT/PLOVER JSON lines)");
			this.status = 64;
			return;
		}
		Path file = Path.of(words.get(1));
		if (!Files.isRegularFile(file)) {
			this.err.println("no such file: " + file);
			this.status = 66;
			return;
		}
		long started = System.nanoTime();
		try (InputStream in = Files.newInputStream(file)) {
			ImportResponse done = this.importer.run(in, file.getFileName().toString(), codes.stream().distinct().toList(),
					"command line (" + System.getProperty("user.name") + ")", this.err::println, Deadline::none);
			this.out.println(this.json.writeValueAsString(done));
			ImportReport.Rows rows = done.report().rows();
			this.err.printf("%s: %s in %.1f s: %d lines, %d events kept (%d new), %d malformed; import %d%n", file,
					done.alreadyImported() ? "imported before, nothing added" : "imported",
					(System.nanoTime() - started) / 1e9, rows.lines(), rows.kept(), rows.added(), rows.malformed(),
					done.id());
		}
		catch (InvalidRequestException ex) {
			this.err.println(file + ": " + String.join("; ", ex.errors().stream().map(FieldError::message).toList()));
			this.status = 65;
		}
		catch (IOException | UncheckedIOException ex) {
			this.err.println(file + " could not be read: " + ex.getMessage() + "; nothing was imported");
			this.status = 74;
		}
	}

	@Override
	public int getExitCode() {
		return this.status;
	}

}
