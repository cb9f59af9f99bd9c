package org.contacttimeline.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.contacttimeline.web.RequestView;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A public read needs no credentials, so it does not look at any: the {@code Authorization} it carries is not checked
 * (no bcrypt to pay for credentials made up to load the server, no failed login counted), and the read is answered as
 * anyone's. The reads only editors may make ({@link #EDITORS_ONLY}) and every write still check them.
 */
final class PublicReads extends OncePerRequestFilter {

	/** The paths (and everything below) that only editors may read. */
	static final List<String> EDITORS_ONLY = List.of("/api/v1/candidates", "/api/v1/imports", "/api/v1/articles");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) == null || !publicRead(request)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getHeader(String name) {
				return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? null : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
						: super.getHeaders(name);
			}

			@Override
			public Enumeration<String> getHeaderNames() {
				return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
					.filter((header) -> !HttpHeaders.AUTHORIZATION.equalsIgnoreCase(header))
					.toList());
			}

		}, response);
	}

	static boolean publicRead(HttpServletRequest request) {
		return RequestView.read(request) && EDITORS_ONLY.stream().noneMatch((path) -> RequestView.under(request, path));
	}

}
