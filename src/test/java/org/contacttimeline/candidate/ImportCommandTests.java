package org.contacttimeline.candidate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.contacttimeline.ContactTimelineApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar contact-timeline.jar import FILE --country=..} as an operator runs it: a process of its own, on
 * its own embedded database, that imports without serving and exits with its status. (What an import does is tested
 * over HTTP; each start of a process here costs a minute on a busy machine.)
 */
class ImportCommandTests {

	private static final Path DATA = Path.of("target", "import-command-pgdata");

	@BeforeAll
	@AfterAll
	static void noDatabaseLeft() throws IOException {
		FileSystemUtils.deleteRecursively(DATA);
	}

	private record Run(int status, String out, String err) {
	}

	private static Run run(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-cp", System.getProperty("java.class.path"), ContactTimelineApplication.class.getName()));
		command.addAll(List.of(arguments));
		command.add("--timeline.embedded-db.data-dir=" + DATA);
		Path out = Files.createTempFile("import-out", ".txt");
		Path err = Files.createTempFile("import-err", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		// no web server keeps it: the command exits by itself once done
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the command exits by itself").isTrue();
		Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return run;
	}

	@Test
	void importsAFileFromTheCommandLineAndRefusesADamagedOne() throws Exception {
		String file = CandidateFixtures.FIXTURES.resolve(CandidateFixtures.EXPORT + ".zip").toString();

		Run first = run("import", file, "--country=KP", "--country=RUS");
		Run damaged = run("import", CandidateFixtures.FIXTURES.resolve("truncated.export.CSV.zip").toString(), "--country=KP,RU");

		assertThat(first.status()).as(first.err()).isZero();
		String report = first.out().strip().lines().reduce((a, b) -> b).orElseThrow();
		assertThat(JsonPath.<Integer>read(report, "$.report.rows.added")).isEqualTo(19);
		assertThat(JsonPath.<Integer>read(report, "$.report.groups.corroborating")).isEqualTo(1);
		assertThat(JsonPath.<String>read(report, "$.editor")).startsWith("command line");
		assertThat(first.err()).contains("imported in", "400 lines, 20 events kept (19 new), 8 malformed");
		assertThat(damaged.status()).isEqualTo(65);
		assertThat(damaged.err()).contains("is a damaged or truncated zip archive");
	}

}
