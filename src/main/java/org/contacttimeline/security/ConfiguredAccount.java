package org.contacttimeline.security;

import org.springframework.util.StringUtils;

/**
 * An account the operator configures (the environment or application properties): a name and a password, given
 * as-is or as a {@code {bcrypt}...} hash. There is no default: an account with no name or no password is not
 * configured, and what it would open stays closed.
 */
interface ConfiguredAccount {

	String username();

	String password();

	default boolean configured() {
		return StringUtils.hasText(username()) && StringUtils.hasText(password());
	}

	/** The password in Spring Security's {@code {id}encoded} form. */
	default String storedPassword() {
		return password().matches("\\{[a-z0-9]+}.+") ? password() : "{noop}" + password();
	}

}
