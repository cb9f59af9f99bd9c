package org.contacttimeline.web;

/**
 * No resource under the given slug: answered with 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String slug) {
		this(kind, "slug", slug);
	}

	/** No {@code kind} whose {@code key} (e.g. {@code id}) is {@code value}. */
	public NotFoundException(String kind, String key, String value) {
		super("No " + kind + " with " + key + " '" + value + "'.");
	}

}
