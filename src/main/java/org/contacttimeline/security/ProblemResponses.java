package org.contacttimeline.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.contacttimeline.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers refused writes with problems that say how to get through: which credentials, or how to configure them.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Problems problems;

	private final String unauthorized;

	private final String forbidden;

	ProblemResponses(Problems problems, boolean editorConfigured) {
		this(problems, editorConfigured,
				"Writing needs an editor's credentials: send them with HTTP Basic authentication (curl -u user:password).",
				"Writing is disabled: no editor is configured on this server. Set TIMELINE_SECURITY_EDITOR_USERNAME and "
						+ "TIMELINE_SECURITY_EDITOR_PASSWORD (or timeline.security.editor.username / .password; the password "
						+ "may be a {bcrypt} hash) and restart.",
				"This account may not do that; writes need the editor account.");
	}

	ProblemResponses(Problems problems, boolean configured, String withAccount, String withoutAccount) {
		this(problems, configured, withAccount, withoutAccount, withAccount);
	}

	private ProblemResponses(Problems problems, boolean configured, String withAccount, String withoutAccount,
			String forbidden) {
		this.problems = problems;
		this.unauthorized = configured ? withAccount : withoutAccount;
		this.forbidden = forbidden;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"contact-timeline\"");
		write(request, response, HttpStatus.UNAUTHORIZED, this.unauthorized);
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
