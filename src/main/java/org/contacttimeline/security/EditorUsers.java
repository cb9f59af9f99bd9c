package org.contacttimeline.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who may sign a write: the account configured by {@code timeline.security.editor.*} (when set), then the accounts
 * in the database. The name a write is signed with (and its revision records) is the account's name as stored.
 */
class EditorUsers implements UserDetailsService {

	private final EditorProperties configured;

	private final EditorAccounts accounts;

	EditorUsers(EditorProperties configured, EditorAccounts accounts) {
		this.configured = configured;
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String name) {
		if (this.configured.configured() && this.configured.username().equals(name)) {
			return User.withUsername(this.configured.username())
				.password(this.configured.storedPassword())
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
