package org.contacttimeline.country;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameter.ParameterSchema;

/**
 * The country codes people type (alpha-2 or alpha-3, any case), resolved to the alpha-2 codes the data uses: the one
 * place where reads and writes check a country code and say what is accepted. The codes are ISO 3166-1 as the JDK
 * carries it, and SU, the Soviet Union, for contacts before 1992: the same as the {@code country} table (migration V2),
 * which a test keeps equal.
 */
public final class CountryCodes {

	public static final String ACCEPTED = "an ISO 3166-1 alpha-2 or alpha-3 country code, in any case (KP or PRK, RU or RUS); see /api/v1/countries";

	/** The form of a country code: two or three letters (which of them name a country: see /api/v1/countries). */
	public static final String PATTERN = "[A-Za-z]{2,3}";

	public static final String NOT_A_COUNTRY = "is not a known country code; accepted: " + ACCEPTED;

	/** Alpha-2 and alpha-3 codes, upper case, to the alpha-2 code. */
	private static final Map<String, String> CODES = codes();

	private CountryCodes() {
	}

	private static Map<String, String> codes() {
		Map<String, String> codes = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			codes.put(alpha2, alpha2);
			codes.put(new Locale("", alpha2).getISO3Country(), alpha2);
		}
		codes.put("SU", "SU");
		codes.put("SUN", "SU");
		return Map.copyOf(codes);
	}

	/** The alpha-2 code of a country given by its alpha-2 or alpha-3 code in any case, or {@code null}. */
	public static String resolve(String code) {
		if (code == null || !code.matches(PATTERN)) {
			return null;
		}
		return CODES.get(code.toUpperCase(Locale.ROOT));
	}

	/**
	 * The alpha-2 code of {@code code}, or {@code null} with an error added under {@code field} when it names no
	 * country.
	 */
	public static String require(String code, String field, List<FieldError> errors) {
		String resolved = resolve(code);
		if (resolved == null) {
			errors.add(new FieldError(field, NOT_A_COUNTRY, code));
		}
		return resolved;
	}

	/** A query parameter naming one country, read as its alpha-2 code. */
	public static ListParameter<String> parameter(String name, String description, String example) {
		return new ListParameter<>(name, description + "; " + ACCEPTED, example,
				ParameterSchema.text().matching(PATTERN), false,
				(query, parameter) -> query.map(parameter, CountryCodes::resolve, NOT_A_COUNTRY));
	}

	/** A repeatable query parameter naming countries, read as their alpha-2 codes, each once. */
	public static ListParameter<List<String>> repeatable(String name, String description, String example) {
		return new ListParameter<>(name, description + "; " + ACCEPTED, example,
				ParameterSchema.text().matching(PATTERN), true,
				(query, parameter) -> query.texts(parameter).stream()
					.map((code) -> {
						String resolved = resolve(code);
						if (resolved == null) {
							query.reject(parameter, NOT_A_COUNTRY, code);
						}
						return resolved;
					})
					.filter(java.util.Objects::nonNull)
					.distinct()
					.toList());
	}

}
