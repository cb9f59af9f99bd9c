package org.contacttimeline.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who may sign a write: the account configured by {@code timeline.security.editor.*} (when set), then the accounts
 * in the database. The name a write is signed with (and its revision records) is the account's name as stored. A
 * configured password given as-is is checked against a bcrypt hash of it made at start, so that a wrong password costs
 * the same time for that account, a database account and a name no account has (compared with a dummy hash).
 */
class EditorUsers implements UserDetailsService {

	private final EditorProperties configured;

	private final EditorAccounts accounts;

	/** The configured password as a hash of the kind accounts have, so that checking it costs what theirs cost. */
	private final String configuredHash;

	EditorUsers(EditorProperties configured, EditorAccounts accounts) {
		this.configured = configured;
		this.accounts = accounts;
		this.configuredHash = !configured.configured() ? null
				: configured.storedPassword().startsWith("{noop}")
						? accounts.encoder().encode(configured.storedPassword().substring("{noop}".length()))
						: configured.storedPassword();
	}

	@Override
	public UserDetails loadUserByUsername(String name) {
		if (this.configured.configured() && this.configured.username().equals(name)) {
			return User.withUsername(this.configured.username())
				.password(this.configuredHash)
				.roles(SecurityConfiguration.EDITOR)
				.build();
		}
		return this.accounts.find(name)
			.map((account) -> User.withUsername(account.name())
				.password(account.passwordHash())
				.disabled(!account.enabled())
				.roles(SecurityConfiguration.EDITOR)
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no editor account of that name"));
	}

}
