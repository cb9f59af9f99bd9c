package org.contacttimeline.web;

import java.util.List;
import java.util.Set;

/**
 * What one value of a query parameter may be, stated as the API document states it (an OpenAPI schema): the type
 * and format, the values accepted, a pattern, bounds and a default. It is part of the parameter's one declaration
 * ({@link ListParameter}), next to the rule that reads the value, so that the document says what the service
 * accepts; a repeatable parameter is documented as an array of such values.
 *
 * @param type the OpenAPI type: {@code string}, {@code integer}, {@code number} or {@code boolean}
 * @param format the OpenAPI format, e.g. {@code date}, or {@code null}
 * @param allowed the values accepted (an enum), or empty for any
 * @param pattern a regular expression every value matches, anchored ({@code ^...$}), or {@code null}
 * @param minimum the smallest number accepted, or {@code null}
 * @param maximum the largest number accepted, or {@code null}
 * @param minLength the fewest characters accepted, or {@code null}
 * @param maxLength the most characters accepted, or {@code null}
 * @param defaultValue what the service takes when the parameter is absent, or {@code null}
 */
public record ParameterSchema(String type, String format, List<String> allowed, String pattern, Integer minimum,
		Integer maximum, Integer minLength, Integer maxLength, String defaultValue) {

	private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean");

	public ParameterSchema {
		if (!TYPES.contains(type)) {
			throw new IllegalArgumentException("not an OpenAPI type of a query parameter: " + type);
		}
		allowed = (allowed != null) ? List.copyOf(allowed) : List.of();
		if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
			throw new IllegalArgumentException("a pattern of the API document is anchored (^...$): " + pattern);
		}
	}

	/** Text, as every text parameter is read: 1 to {@value QueryParameters#MAX_TEXT} characters. */
	public static ParameterSchema text() {
		return new ParameterSchema("string", null, List.of(), null, null, null, 1, QueryParameters.MAX_TEXT, null);
	}

	/** An ISO-8601 calendar day ({@code yyyy-MM-dd}). */
	public static ParameterSchema date() {
		return new ParameterSchema("string", "date", List.of(), null, null, null, null, null, null);
	}

	/** A whole number from {@code minimum} to {@code maximum}, {@code defaultValue} when absent. */
	public static ParameterSchema integer(int minimum, int maximum, int defaultValue) {
		return new ParameterSchema("integer", "int32", List.of(), null, minimum, maximum, null, null,
				String.valueOf(defaultValue));
	}

	/** Text matching a (Java) regular expression as a whole; the document states it anchored. */
	public ParameterSchema matching(String regex) {
		return new ParameterSchema(this.type, this.format, this.allowed, "^(" + regex + ")$", this.minimum,
				this.maximum, this.minLength, this.maxLength, this.defaultValue);
	}

	/** One of {@code values} (as typed; the service may accept them in any case). */
	public ParameterSchema oneOf(List<String> values) {
		return new ParameterSchema(this.type, this.format, values, this.pattern, this.minimum, this.maximum,
				this.minLength, this.maxLength, this.defaultValue);
	}

	/** At least {@code characters} characters. */
	public ParameterSchema atLeast(int characters) {
		return new ParameterSchema(this.type, this.format, this.allowed, this.pattern, this.minimum, this.maximum,
				characters, this.maxLength, this.defaultValue);
	}

	/** {@code value} when the parameter is absent. */
	public ParameterSchema byDefault(String value) {
		return new ParameterSchema(this.type, this.format, this.allowed, this.pattern, this.minimum, this.maximum,
				this.minLength, this.maxLength, value);
	}

}
