package org.contacttimeline.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a short while, the outcome of comparing a password with a stored hash, so
 * that a client sending the same credentials request after request (an editor's script, or bogus credentials sent to
 * load the server) pays for one bcrypt, not one per request. The outcome is kept under an HMAC of hash and password
 * with a key made at start, never the password; a new password or hash is a new key, so a change takes effect at
 * once. Every new comparison, whether the name exists or not (Spring's check compares with a dummy hash then), costs
 * the same.
 */
final class RememberedChecks implements PasswordEncoder {

	private final PasswordEncoder encoder;

	private final Cache<String, Boolean> outcomes;

	private final byte[] key = new byte[32];

	RememberedChecks(PasswordEncoder encoder, Duration kept, int size) {
		this.encoder = encoder;
		this.outcomes = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(kept).build();
		new SecureRandom().nextBytes(this.key);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.encoder.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.encoder.matches(rawPassword, encodedPassword);
		}
		return this.outcomes.get(digest(rawPassword, encodedPassword),
				(digest) -> this.encoder.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.encoder.upgradeEncoding(encodedPassword);
	}

	private String digest(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
