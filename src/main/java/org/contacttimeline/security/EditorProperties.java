package org.contacttimeline.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The editor account, from {@code timeline.security.editor.username} / {@code .password} (environment:
 * {@code TIMELINE_SECURITY_EDITOR_USERNAME} / {@code _PASSWORD}). The password may be given as-is or as a
 * {@code {bcrypt}...} hash. There is no default: with none configured, every write is refused.
 */
@ConfigurationProperties("timeline.security.editor")
record EditorProperties(String username, String password) implements ConfiguredAccount {

	@Override
	public String toString() {
		return "EditorProperties[username=" + this.username + ", password=<hidden>]";
	}

}
