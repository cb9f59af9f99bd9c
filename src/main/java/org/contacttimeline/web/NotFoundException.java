package org.contacttimeline.web;

/**
 * No resource under the given slug: answered with 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String slug) {
		super("No " + kind + " with slug '" + slug + "'.");
	}

}
