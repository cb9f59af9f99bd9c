package org.contacttimeline.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * The request itself is wrong (a malformed date, an unknown country, ...): answered with 400 and an {@code errors}
 * list naming each field.
 */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidRequestException(List<FieldError> errors) {
		super(summary(errors));
		this.errors = List.copyOf(errors);
	}

	public InvalidRequestException(String field, String message, String rejectedValue) {
		this(List.of(new FieldError(field, message, rejectedValue)));
	}

	/**
	 * Throws when bean validation found something wrong with a request another module built (a proposal): one 400
	 * naming each field, in the order of their paths.
	 */
	public static void check(Set<? extends ConstraintViolation<?>> violations) {
		if (violations.isEmpty()) {
			return;
		}
		throw new InvalidRequestException(violations.stream()
			.sorted(Comparator.comparing((ConstraintViolation<?> violation) -> violation.getPropertyPath().toString()))
			.map((violation) -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage(),
					(violation.getInvalidValue() instanceof CharSequence value && value.length() <= 300) ? value.toString()
							: null))
			.toList());
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	static String summary(List<FieldError> errors) {
		StringBuilder detail = new StringBuilder();
		for (FieldError error : errors) {
			if (!detail.isEmpty()) {
				detail.append("; ");
			}
			detail.append(error.field()).append(": ").append(error.message());
		}
		return detail.toString();
	}

	/**
	 * One thing wrong with a request: the parameter or body field, what was wrong and what is accepted, and the value
	 * sent (shortened, so that a 10 KB parameter is not echoed back whole).
	 */
	public record FieldError(String field, String message, String rejectedValue) {

		private static final int MAX_ECHO = 80;

		public FieldError {
			if (rejectedValue != null && rejectedValue.length() > MAX_ECHO) {
				rejectedValue = rejectedValue.substring(0, MAX_ECHO) + "…";
			}
		}

	}

}
