package org.contacttimeline.web;

/**
 * The request conflicts with what is stored (a slug already taken): answered with 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
