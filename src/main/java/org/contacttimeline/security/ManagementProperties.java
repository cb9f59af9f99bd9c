package org.contacttimeline.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The management account for the actuator endpoints other than health and info (metrics, Prometheus), from
 * {@code timeline.security.management.username} / {@code .password} (environment:
 * {@code TIMELINE_SECURITY_MANAGEMENT_USERNAME} / {@code _PASSWORD}); the password as-is or {@code {bcrypt}...}. No
 * default: with none configured those endpoints are closed.
 */
@ConfigurationProperties("timeline.security.management")
record ManagementProperties(String username, String password) {

	boolean configured() {
		return StringUtils.hasText(this.username) && StringUtils.hasText(this.password);
	}

	String storedPassword() {
		return this.password.matches("\\{[a-z0-9]+}.+") ? this.password : "{noop}" + this.password;
	}

	@Override
	public String toString() {
		return "ManagementProperties[username=" + this.username + ", password=<hidden>]";
	}

}
