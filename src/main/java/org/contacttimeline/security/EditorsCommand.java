package org.contacttimeline.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command {@code java -jar contact-timeline.jar editors add|reset|disable|enable|list [NAME]}: manages the editor
 * accounts in the configured database (the embedded one by default) without serving. {@code add} and {@code reset}
 * read the password from the environment variable {@code TIMELINE_EDITOR_PASSWORD}, else from the first line of
 * standard input, so that it shows in no process list or shell history. Exit status: 0 done, 64 wrong arguments,
 * 65 a name or password that is not accepted, 67 no such account, 73 the name is taken.
 */
@Component
class EditorsCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String COMMAND = "editors";

	static final String PASSWORD_VARIABLE = "TIMELINE_EDITOR_PASSWORD";

	private static final String USAGE = "usage: editors add NAME | editors reset NAME | editors disable NAME | "
			+ "editors enable NAME | editors list  (add and reset read the password from " + PASSWORD_VARIABLE
			+ ", else from the first line of standard input)";

	private final EditorAccounts accounts;

	private int status;

	EditorsCommand(EditorAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		if (words.isEmpty() || !words.get(0).equals(COMMAND)) {
			return;
		}
		this.status = execute(words.subList(1, words.size()), System.getenv(PASSWORD_VARIABLE),
				new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out, System.err);
	}

	@Override
	public int getExitCode() {
		return this.status;
	}

	/** Runs {@code editors WORDS...}; the password is {@code given} when set, else the first line of {@code input}. */
	int execute(List<String> words, String given, BufferedReader input, PrintStream out, PrintStream err) {
		if (words.size() == 1 && words.get(0).equals("list")) {
			for (EditorAccounts.Account account : this.accounts.all()) {
				out.println(account.name() + "\t" + (account.enabled() ? "enabled" : "disabled") + "\tcreated "
						+ account.createdAt() + "\tpassword set " + account.passwordChangedAt());
			}
			return 0;
		}
		if (words.size() != 2) {
			err.println(USAGE);
			return 64;
		}
		String action = words.get(0);
		String name = words.get(1);
		if (!name.matches(EditorAccounts.NAME_PATTERN)) {
			err.println("The name '" + name + "' is not accepted: 1 to 64 letters, digits, '.', '_', '@' or '-', "
					+ "beginning with a letter or digit.");
			return 65;
		}
		switch (action) {
			case "add", "reset" -> {
				String password = (given != null && !given.isEmpty()) ? given : firstLine(input);
				if (password == null || password.length() < EditorAccounts.MIN_PASSWORD_LENGTH) {
					err.println("The password is not accepted: give at least " + EditorAccounts.MIN_PASSWORD_LENGTH
							+ " characters in " + PASSWORD_VARIABLE + " or on the first line of standard input.");
					return 65;
				}
				if (action.equals("add")) {
					if (!this.accounts.add(name, password)) {
						err.println("An editor account named '" + name + "' exists already; "
								+ "give it a new password with: editors reset " + name);
						return 73;
					}
					out.println("Added editor " + name + ".");
				}
				else {
					if (!this.accounts.reset(name, password)) {
						return noSuchAccount(name, err);
					}
					out.println("New password set for editor " + name + "; the account is enabled.");
				}
				return 0;
			}
			case "disable", "enable" -> {
				if (!this.accounts.enable(name, action.equals("enable"))) {
					return noSuchAccount(name, err);
				}
				out.println("Editor " + name + " is " + action + "d.");
				return 0;
			}
			default -> {
				err.println(USAGE);
				return 64;
			}
		}
	}

	private static int noSuchAccount(String name, PrintStream err) {
		err.println("There is no editor account named '" + name + "'; add one with: editors add " + name);
		return 67;
	}

	private static String firstLine(BufferedReader input) {
		try {
			String line = input.readLine();
			return (line != null) ? line.strip() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
