package org.contacttimeline.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.contacttimeline.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before HTTP Basic authentication: a login with a locked account name is answered {@code 429} with
 * {@code Retry-After} without its password being checked; after authentication, a failure or success is counted.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final Problems problems;

	LoginThrottleFilter(LoginThrottle throttle, Problems problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String name = basicName(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (name == null) {
			chain.doFilter(request, response);
			return;
		}
		Duration locked = this.throttle.lockedFor(name);
		if (!locked.isZero()) {
			long seconds = Math.max(1, locked.toSeconds() + (locked.toMillisPart() > 0 ? 1 : 0));
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
					"Too many failed logins for this account: it is locked for " + seconds
							+ " s more (see Retry-After); nothing was changed. Try again then with the right password.");
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			this.problems.write(problem, response);
			return;
		}
		chain.doFilter(request, response);
		// a refusal of these credentials first: the thread's security context may still hold an earlier request's
		// authentication, and must not make a failed login count as a success that forgets the failures
		if (Boolean.TRUE.equals(request.getAttribute(ProblemResponses.LOGIN_FAILED))) {
			this.throttle.failed(name);
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken) && name.equalsIgnoreCase(authentication.getName())) {
			this.throttle.succeeded(name);
		}
	}

	/** The user name of HTTP Basic credentials, or {@code null} when there are none or they cannot be read. */
	static String basicName(String header) {
		if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
