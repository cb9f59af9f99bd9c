package org.contacttimeline.failover;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The name under which a write transaction records its outcome, and the request that made it. Every attempt of one
 * write uses the same token, so that at most one of them commits. A request with an {@code Idempotency-Key} header
 * gets a token made from that key (with the editor's name and the write's method), so that sending the request again
 * finds the first one's outcome instead of writing twice; without one, a token of its own.
 *
 * @param token the key of the outcome in {@code write_outcome}
 * @param request the request's method and path, or {@code null} outside a request
 */
record WriteToken(String token, String request) {

	static final String HEADER = "Idempotency-Key";

	/** The token of a write made by {@code method} on this thread. */
	static WriteToken of(Method method) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return new WriteToken(UUID.randomUUID().toString(), null);
		}
		HttpServletRequest request = attributes.getRequest();
		String described = request.getMethod() + " " + request.getRequestURI();
		String key = request.getHeader(HEADER);
		if (key == null || key.isBlank()) {
			return new WriteToken(UUID.randomUUID().toString(), described);
		}
		String editor = (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "";
		return new WriteToken(sha256(editor + '\n' + key.strip() + '\n' + method.getDeclaringClass().getName() + '.'
				+ method.getName()), described);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
