package org.contacttimeline.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A kind of request that costs far more than reading a page: a whole export, a text search, an analysis. Declare
 * one as a bean and it counts against the cap on concurrent expensive requests ({@code timeline.limits.expensive.*}),
 * so that cheap requests keep their connections and their latency while the expensive ones queue or are turned away
 * with 503 and {@code Retry-After}.
 */
@FunctionalInterface
public interface ExpensiveRequest {

	boolean matches(HttpServletRequest request);

	/** A request to this path or below it. */
	static ExpensiveRequest under(String path) {
		return (request) -> request.getRequestURI().equals(path) || request.getRequestURI().startsWith(path + "/");
	}

}
