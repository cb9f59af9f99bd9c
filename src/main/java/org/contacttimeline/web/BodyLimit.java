package org.contacttimeline.web;

/**
 * A request-body limit of its own for the requests to a path (and below it), in place of the
 * {@code timeline.max-request-size} every other request has: an upload declares one as a bean.
 *
 * @param path the path, e.g. {@code /api/v1/imports}
 * @param bytes the largest body accepted there
 */
public record BodyLimit(String path, long bytes) {

	boolean covers(String uri) {
		return uri.equals(this.path) || uri.startsWith(this.path + "/");
	}

}
