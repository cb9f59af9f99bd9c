package org.contacttimeline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Contact Timeline: diplomatic contacts (officials, delegations, meetings) served as queryable JSON timelines.
 */
@SpringBootApplication
public class ContactTimelineApplication {

	public static void main(String[] args) {
		SpringApplication.run(ContactTimelineApplication.class, args);
	}

}
