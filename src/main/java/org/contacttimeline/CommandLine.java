package org.contacttimeline;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.contacttimeline.country.CountryCodes;

/**
 * The command line, read before anything starts: {@code --help}, {@code help} and a mistyped command are answered at
 * once with the usage, and a command's arguments are checked (how many, which options, that a file to read exists)
 * before the application and its database start. What only the database can tell (an account that exists, a
 * backup's schema version) is each command's own to check.
 */
final class CommandLine {

	/** Exit status of a usage error (sysexits.h's EX_USAGE), as every command uses it. */
	static final int USAGE_ERROR = 64;

	/** Exit status of a command refused because what it needs is in use, e.g. the data folder of a running service. */
	static final int IN_USE = 73;

	/** Exit status of a file to read that is not there (EX_NOINPUT). */
	static final int NO_INPUT = 66;

	static final String USAGE = """
			usage: java -jar contact-timeline.jar [--server.port=PORT ...]     serve the API and the page (default)
			       java -jar contact-timeline.jar import FILE --country=CC [--country=CC ...]
			                                      import machine-coded events (GDELT 2.0 export, POLECAT/PLOVER JSON lines)
			       java -jar contact-timeline.jar editors add|reset|disable|enable NAME | editors list
			                                      manage editor accounts (add and reset read the password from
			                                      TIMELINE_EDITOR_PASSWORD, else from the first line of standard input)
			       java -jar contact-timeline.jar backup FILE                   write the whole database to FILE
			       java -jar contact-timeline.jar restore FILE [--force]        load a backup into the database
			       java -jar contact-timeline.jar help                          this text
			Commands work on the configured database (the embedded one in ./var/pgdata by default). Exit status: 0 done,
			64 wrong arguments, 65 data not accepted, 66 no such file, 67 no such account, 73 refused (in use, taken, not
			empty; a data folder a running service uses is never touched), 74 reading or writing failed.""";

	private static final String NO_SUCH_FILE = "no such file: ";

	private static final Set<String> EDITOR_ACTIONS = Set.of("add", "reset", "disable", "enable");

	private CommandLine() {
	}

	/** What the arguments ask for. */
	enum Ask {

		/** Serve the API (no command, only options). */
		SERVE,

		/** The usage, and nothing else. */
		HELP,

		/** Run a command, its arguments checked. */
		COMMAND,

		/** Nothing: the arguments were wrong, and {@link #read} said why. */
		NOTHING

	}

	/** Reads the arguments: what they ask for, with what is wrong with them written to {@code err}. */
	static Ask read(String[] args, PrintStream err) {
		List<String> words = words(args, false);
		List<String> options = words(args, true);
		if (options.contains("--help") || List.of(args).contains("-h") || (!words.isEmpty() && words.get(0).equals("help"))) {
			return Ask.HELP;
		}
		if (words.isEmpty()) {
			return Ask.SERVE;
		}
		String wrong = wrong(words, options);
		if (wrong != null) {
			err.println(wrong);
			err.println(USAGE);
			return Ask.NOTHING;
		}
		return Ask.COMMAND;
	}

	/** The exit status for arguments that asked for nothing: a missing file, else a usage error. */
	static int status(String[] args) {
		List<String> words = words(args, false);
		List<String> options = words(args, true);
		String wrong = words.isEmpty() ? null : wrong(words, options);
		return (wrong != null && wrong.startsWith(NO_SUCH_FILE)) ? NO_INPUT : USAGE_ERROR;
	}

	/** The options ({@code --name[=value]}) among the arguments, or the words that are not options. */
	private static List<String> words(String[] args, boolean options) {
		return List.of(args).stream().filter((arg) -> arg.startsWith("--") == options).toList();
	}

	/** What is wrong with a command's words and options, or {@code null}. */
	private static String wrong(List<String> words, List<String> options) {
		String command = words.get(0);
		Map<String, Set<String>> allowed = Map.of("import", Set.of("--country"), "restore", Set.of("--force"));
		for (String option : options) {
			String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
			// a name with a dot is a setting of the application (--timeline.embedded-db.data-dir=...), not an option
			if (!name.contains(".") && !allowed.getOrDefault(command, Set.of()).contains(name)) {
				return command + ": " + name + " is not an option of this command";
			}
			if (name.equals("--country")) {
				for (String code : option.substring(option.indexOf('=') + 1).split(",")) {
					if (CountryCodes.resolve(code.strip()) == null) {
						return "import: not a country code: " + code + "; " + CountryCodes.ACCEPTED;
					}
				}
			}
		}
		return switch (command) {
			case "import" -> (words.size() != 2) ? "import: give one FILE"
					: options.stream().noneMatch((option) -> option.startsWith("--country=")) ? "import: give the countries whose contacts to keep, --country=KP [--country=RU ...]"
					: file(words.get(1));
			case "editors" -> (words.size() == 2 && words.get(1).equals("list"))
					|| (words.size() == 3 && EDITOR_ACTIONS.contains(words.get(1))) ? null
							: "editors: give list, or add, reset, disable or enable and a NAME";
			case "backup" -> (words.size() == 2) ? null : "backup: give one FILE to write";
			case "restore" -> (words.size() == 2) ? file(words.get(1)) : "restore: give one backup FILE";
			default -> "'" + command + "' is not a command";
		};
	}

	private static String file(String name) {
		return Files.isRegularFile(Path.of(name)) ? null : NO_SUCH_FILE + name;
	}

}
