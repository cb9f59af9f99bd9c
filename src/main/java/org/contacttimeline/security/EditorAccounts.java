package org.contacttimeline.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor accounts kept in the database ({@code editor_account}): names, password hashes (Spring Security's
 * delegating encoder, bcrypt for new ones) and whether each may sign in.
 */
@Component
class EditorAccounts {

	static final int MIN_PASSWORD_LENGTH = 12;

	static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@-]{0,63}";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	EditorAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PasswordEncoder encoder() {
		return this.encoder;
	}

	Optional<Account> find(String name) {
		return this.jdbc.sql("""
				select name, password_hash, enabled, created_at, password_changed_at from editor_account
				where lower(name) = lower(:name)""")
			.param("name", name)
			.query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3),
					rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
			.optional();
	}

	/** Whether any account may sign in. */
	boolean any() {
		return this.jdbc.sql("select exists (select 1 from editor_account where enabled)").query(Boolean.class).single();
	}

	List<Account> all() {
		return this.jdbc.sql("select name, password_hash, enabled, created_at, password_changed_at from editor_account order by lower(name)")
			.query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3),
					rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** Adds an enabled account; {@code false} when the name (in any case) is taken. */
	@Transactional
	boolean add(String name, String password) {
		try {
			this.jdbc.sql("insert into editor_account (name, password_hash) values (:name, :hash)")
				.param("name", name)
				.param("hash", this.encoder.encode(password))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Gives the account a new password and enables it; {@code false} when there is no such account. */
	@Transactional
	boolean reset(String name, String password) {
		return this.jdbc.sql("""
				update editor_account set password_hash = :hash, enabled = true, password_changed_at = now()
				where lower(name) = lower(:name)""")
			.param("name", name)
			.param("hash", this.encoder.encode(password))
			.update() == 1;
	}

	/** Lets the account sign in, or not; {@code false} when there is no such account. */
	@Transactional
	boolean enable(String name, boolean enabled) {
		return this.jdbc.sql("update editor_account set enabled = :enabled where lower(name) = lower(:name)")
			.param("name", name)
			.param("enabled", enabled)
			.update() == 1;
	}

	/** An account as stored; the hash never leaves this package. */
	record Account(String name, String passwordHash, boolean enabled, Instant createdAt, Instant passwordChangedAt) {

		@Override
		public String toString() {
			return "Account[name=" + this.name + ", enabled=" + this.enabled + "]";
		}

	}

}
