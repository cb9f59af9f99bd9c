package org.contacttimeline.admission;

import jakarta.servlet.http.HttpServletRequest;

import org.contacttimeline.web.RequestView;

/**
 * A kind of request that costs far more than reading a page: a whole export, a text search, an analysis. Declare
 * one as a bean and it counts against the cap on concurrent expensive requests ({@code timeline.limits.expensive.*}),
 * so that cheap requests keep their connections and their latency while the expensive ones queue or are turned away
 * with 503 and {@code Retry-After}. A kind decides on the request as Spring MVC will see it ({@link RequestView}): a
 * GET or a HEAD, whatever the spelling of its path and parameter names.
 */
@FunctionalInterface
public interface ExpensiveRequest {

	boolean matches(HttpServletRequest request);

	/** A request to this path or below it, by its decoded path (as Spring MVC matches it). */
	static ExpensiveRequest under(String path) {
		return (request) -> RequestView.under(request, path);
	}

}
