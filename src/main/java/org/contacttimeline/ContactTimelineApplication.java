package org.contacttimeline;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Contact Timeline: diplomatic contacts (officials, delegations, meetings) served as queryable JSON timelines.
 * Started with a command as first argument ({@code java -jar contact-timeline.jar editors add NAME},
 * {@code backup FILE}, {@code restore FILE}) it runs that command against the configured database instead of
 * serving, and exits with its status.
 */
@SpringBootApplication
public class ContactTimelineApplication {

	/** The commands the application runs instead of serving; each has its runner. */
	static final Set<String> COMMANDS = Set.of("editors", "backup", "restore");

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ContactTimelineApplication.class);
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			// a command, not the service: no web server, no banner, warnings only; its runner sets the exit status
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setDefaultProperties(Map.of("logging.level.root", "warn"));
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
