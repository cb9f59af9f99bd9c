package org.contacttimeline.admission;

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

	/**
	 * The first value of a query parameter, read from the raw query string without making the container parse (and
	 * perhaps refuse) the parameters: what cannot be decoded is left to the endpoint, which answers it as bad input.
	 * Null when absent.
	 */
	static String parameter(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String key = equals < 0 ? pair : pair.substring(0, equals);
			if (key.equals(name)) {
				String value = equals < 0 ? "" : pair.substring(equals + 1);
				try {
					return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					return value;
				}
			}
		}
		return null;
	}

	/** A request to this path or below it. */
	static ExpensiveRequest under(String path) {
		return (request) -> request.getRequestURI().equals(path) || request.getRequestURI().startsWith(path + "/");
	}

}
