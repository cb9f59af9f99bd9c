package org.contacttimeline.security;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.contacttimeline.web.Problems;
import org.contacttimeline.web.RequestView;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers refused requests (writes, and the reads only editors may make) with problems that say how to get through: which credentials, or how to configure them.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** Request attribute set when credentials were checked and refused. */
	static final String LOGIN_FAILED = ProblemResponses.class.getName() + ".loginFailed";

	/** When to ask again after the accounts could not be read (as {@code timeline.limits.database-retry-after}). */
	private static final java.time.Duration CHECK_RETRY_AFTER = java.time.Duration.ofSeconds(5);

	private final Problems problems;

	private final BooleanSupplier configured;

	private final Words writing;

	private final Words reading;

	private final String forbidden;

	ProblemResponses(Problems problems, boolean editorConfigured) {
		this(problems, () -> editorConfigured);
	}

	/** {@code editorConfigured} says, when a request is refused, whether any editor account exists. */
	ProblemResponses(Problems problems, BooleanSupplier editorConfigured) {
		this(problems, editorConfigured,
				new Words("Writing needs an editor's credentials: send them with HTTP Basic authentication (curl -u user:password).",
						"Writing is disabled: no editor is configured on this server. " + CONFIGURE),
				new Words("Reading this needs an editor's credentials (candidate contacts, their imports and articles are "
						+ "under review by editors): send them with HTTP Basic authentication (curl -u user:password).",
						"Reading this needs an editor's credentials, and no editor is configured on this server. " + CONFIGURE),
				"This account may not do that; writes need the editor account.");
	}

	private static final String CONFIGURE = "Set TIMELINE_SECURITY_EDITOR_USERNAME and TIMELINE_SECURITY_EDITOR_PASSWORD "
			+ "(or timeline.security.editor.username / .password; the password may be a {bcrypt} hash) and restart, or add "
			+ "an account with: java -jar contact-timeline.jar editors add NAME.";

	/** Problems in other words (another chain's account): what to send, and how to configure it when none is. */
	ProblemResponses(Problems problems, boolean configured, String withAccount, String withoutAccount) {
		this(problems, () -> configured, new Words(withAccount, withoutAccount), new Words(withAccount, withoutAccount),
				withAccount);
	}

	private ProblemResponses(Problems problems, BooleanSupplier configured, Words writing, Words reading,
			String forbidden) {
		this.problems = problems;
		this.configured = configured;
		this.writing = writing;
		this.reading = reading;
		this.forbidden = forbidden;
	}

	/** What a refused request is told: with an account configured, or without one. */
	private record Words(String withAccount, String withoutAccount) {
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof InternalAuthenticationServiceException) {
			// the accounts could not be read (the database is away, or too slow): not a failed login, nor a 401
			this.problems.writeUnavailable("The credentials could not be checked: " + Problems.DATABASE_UNREACHABLE
					+ " Nothing was read or changed.", CHECK_RETRY_AFTER, response);
			return;
		}
		if (ex instanceof BadCredentialsException || ex instanceof AccountStatusException) {
			// a wrong password or a disabled account, not a database that could not be asked: counted by the throttle
			request.setAttribute(LOGIN_FAILED, Boolean.TRUE);
		}
		Words words = RequestView.read(request) ? this.reading : this.writing;
		String detail = this.configured.getAsBoolean() ? words.withAccount() : words.withoutAccount();
		response.setHeader("WWW-Authenticate", "Basic realm=\"contact-timeline\"");
		write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, this.forbidden);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = Problems.of(status, detail);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		this.problems.write(problem, response);
	}

}
