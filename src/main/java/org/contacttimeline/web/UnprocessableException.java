package org.contacttimeline.web;

import java.util.List;

/**
 * A well-formed request that breaks a rule of the domain (dates that contradict their precision, a reference to
 * an official that does not exist): answered with 422 and an {@code errors} list naming each field.
 */
public class UnprocessableException extends RuntimeException {

	private final List<FieldError> errors;

	public UnprocessableException(List<FieldError> errors) {
		super(InvalidRequestException.summary(errors));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
