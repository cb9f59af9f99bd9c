package org.contacttimeline.replica;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the public reads of the API, so that their statements may go to the replica (see {@link ReadRoute}).
 */
final class PublicReads extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!ReadRoute.isPublicRead(request)) {
			chain.doFilter(request, response);
			return;
		}
		try (ReadRoute.Scope read = ReadRoute.publicRead()) {
			chain.doFilter(request, response);
		}
	}

}
