package org.contacttimeline;

import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Contact Timeline: diplomatic contacts (officials, delegations, meetings) served as queryable JSON timelines.
 * Started as {@code java -jar contact-timeline.jar import FILE --country=KP ...} it runs that command against the
 * configured database instead of serving, and exits with its status.
 */
@SpringBootApplication
public class ContactTimelineApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ContactTimelineApplication.class);
		if (args.length > 0 && args[0].equals("import")) {
			// a command, not the service: no web server, no banner, warnings only; its runner sets the exit status
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setDefaultProperties(Map.of("logging.level.root", "warn"));
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
