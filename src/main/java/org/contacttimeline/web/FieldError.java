package org.contacttimeline.web;

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
