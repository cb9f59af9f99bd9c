package org.contacttimeline;

import java.util.Map;

import org.contacttimeline.db.DataFolderInUse;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Contact Timeline: diplomatic contacts (officials, delegations, meetings) served as queryable JSON timelines.
 * Started with a command as first argument ({@code java -jar contact-timeline.jar import FILE --country=KP ...},
 * {@code editors add NAME}, {@code backup FILE}, {@code restore FILE}) it runs that command against the configured
 * database instead of serving, and exits with its status; {@code help} (or a mistyped command) prints the usage at
 * once, without starting anything ({@link CommandLine}). A command never stops a running service: on a data folder in
 * use it says so and exits with {@value CommandLine#IN_USE}.
 */
@SpringBootApplication
public class ContactTimelineApplication {

	public static void main(String[] args) {
		switch (CommandLine.read(args, System.err)) {
			case HELP -> System.out.println(CommandLine.USAGE);
			case NOTHING -> System.exit(CommandLine.status(args));
			case COMMAND -> {
				// a command, not the service: no web server, no banner, warnings only; its runner sets the exit status
				SpringApplication application = new SpringApplication(ContactTimelineApplication.class);
				application.setWebApplicationType(WebApplicationType.NONE);
				application.setBannerMode(Banner.Mode.OFF);
				// a failed start is reported once: a folder in use in one line (below), anything else as Boot explains it
				application.setDefaultProperties(Map.of("logging.level.root", "warn",
						"logging.level.org.springframework.boot.SpringApplication", "off",
						"logging.level.org.springframework.context", "error"));
				try {
					System.exit(SpringApplication.exit(application.run(args)));
				}
				catch (RuntimeException ex) {
					DataFolderInUse inUse = DataFolderInUse.causeOf(ex);
					if (inUse == null) {
						throw ex;
					}
					System.err.println(inUse.getMessage());
					System.exit(CommandLine.IN_USE);
				}
			}
			case SERVE -> new SpringApplication(ContactTimelineApplication.class).run(args);
		}
	}

}
