package org.contacttimeline.web;

import java.util.List;

/**
 * Resolves the country codes people type (alpha-2 or alpha-3, any case) to the alpha-2 codes the data uses: the
 * one place where reads and writes validate a country code and say what is accepted.
 */
public interface CountryCodes {

	String ACCEPTED = "an ISO 3166-1 alpha-2 or alpha-3 country code, in any case (KP or PRK, RU or RUS); see /api/v1/countries";

	/** The form of a country code: two or three letters (which of them name a country: see /api/v1/countries). */
	String PATTERN = "[A-Za-z]{2,3}";

	String NOT_A_COUNTRY = "is not a known country code; accepted: " + ACCEPTED;

	/** The alpha-2 code of a country given by its alpha-2 or alpha-3 code in any case, or {@code null}. */
	String resolve(String code);

	/**
	 * The alpha-2 code of {@code code}, or {@code null} with an error added under {@code field} when it names no
	 * country.
	 */
	default String require(String code, String field, List<FieldError> errors) {
		String resolved = resolve(code);
		if (resolved == null) {
			errors.add(new FieldError(field, NOT_A_COUNTRY, code));
		}
		return resolved;
	}

}
