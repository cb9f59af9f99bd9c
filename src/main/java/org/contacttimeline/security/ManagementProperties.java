package org.contacttimeline.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The management account for the actuator endpoints other than health and info (metrics, Prometheus), from
 * {@code timeline.security.management.username} / {@code .password} (environment:
 * {@code TIMELINE_SECURITY_MANAGEMENT_USERNAME} / {@code _PASSWORD}); the password as-is or {@code {bcrypt}...}. No
 * default: with none configured those endpoints are closed.
 */
@ConfigurationProperties("timeline.security.management")
record ManagementProperties(String username, String password) implements ConfiguredAccount {

	@Override
	public String toString() {
		return "ManagementProperties[username=" + this.username + ", password=<hidden>]";
	}

}
