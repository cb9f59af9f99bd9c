package org.contacttimeline.editing;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version, and a change must name the version it was
 * made against in {@code If-Match}, so that no editor silently overwrites another's change.
 */
public final class Preconditions {

	private Preconditions() {
	}

	/** The strong ETag of a resource at a version. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Checks an {@code If-Match} header against the stored version.
	 * @throws ResponseStatusException 428 when the header is missing, 412 when it names another version
	 */
	public static void checkIfMatch(String ifMatch, long version) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
					"Send If-Match with the ETag of the version you changed (GET the resource to read its ETag), so that no other editor's change is overwritten.");
		}
		String current = etag(version);
		for (String tag : ifMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.equals("*") || candidate.equals(current) || candidate.equals("W/" + current)) {
				return;
			}
		}
		throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
				"The resource has changed since you read it: its ETag is now " + current
						+ ". GET it again, reapply your change and send the new ETag in If-Match.");
	}

}
