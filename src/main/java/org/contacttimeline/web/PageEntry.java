package org.contacttimeline.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The page at {@code /} asked for by a client that accepts no HTML: a 406 problem, like every other error (Spring
 * Boot's welcome page answers it with an empty 406). A client that accepts HTML, or anything, gets the page.
 */
@Component
class PageEntry extends OncePerRequestFilter {

	private final Problems problems;

	PageEntry(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !RequestView.read(request) || !RequestView.path(request).equals("/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (acceptsHtml(request.getHeader(HttpHeaders.ACCEPT))) {
			chain.doFilter(request, response);
			return;
		}
		this.problems.write(Problems.of(HttpStatus.NOT_ACCEPTABLE, "The page at / is HTML: ask for text/html (or */*). "
				+ "Data is served under /api/v1 as JSON, CSV or iCalendar; see /v3/api-docs."), response);
	}

	/** As the welcome page decides: no Accept, or one that includes text/html (an unreadable one is left to it). */
	private static boolean acceptsHtml(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream().anyMatch((type) -> type.includes(MediaType.TEXT_HTML));
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

}
