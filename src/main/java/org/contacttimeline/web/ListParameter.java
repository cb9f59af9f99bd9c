package org.contacttimeline.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A query parameter of a list, declared once: its name, how it is read (and what a wrong value is told), and how
 * the API document describes it, with an example. A list reads its values with {@link QueryParameters#read}, and
 * the API document lists the same declarations (see {@link ListParameters}).
 *
 * @param type the OpenAPI type of one value: {@code string} or {@code integer}
 * @param format the OpenAPI format, e.g. {@code date}, or {@code null}
 * @param allowed the values accepted, or empty for any
 * @param repeatable whether the parameter may be given several times
 * @param reader reads the parameter's value from the request, collecting what is wrong with it
 */
public record ListParameter<T>(String name, String description, String example, String type, String format,
		List<String> allowed, boolean repeatable, BiFunction<QueryParameters, String, T> reader) {

	/** An ISO-8601 calendar day. */
	public static ListParameter<LocalDate> date(String name, String description, String example) {
		return new ListParameter<>(name, description + " (yyyy-MM-dd)", example, "string", "date", List.of(), false,
				QueryParameters::date);
	}

	/** An ISO-8601 instant with its offset from UTC. */
	public static ListParameter<java.time.Instant> instant(String name, String description, String example) {
		return new ListParameter<>(name, description + " (ISO-8601 with its offset, e.g. 2019-03-14T09:00:00Z)", example,
				"string", "date-time", List.of(), false, QueryParameters::instant);
	}

	/** A country code, alpha-2 or alpha-3 in any case, resolved to alpha-2. */
	public static ListParameter<String> country(String name, String description, String example) {
		return new ListParameter<>(name, description + "; " + CountryCodes.ACCEPTED, example, "string", null,
				List.of(), false, QueryParameters::country);
	}

	/** Country codes, the parameter repeated; each resolved to alpha-2, duplicates dropped. */
	public static ListParameter<List<String>> countries(String name, String description, String example) {
		return new ListParameter<>(name, description + "; " + CountryCodes.ACCEPTED, example, "string", null,
				List.of(), true, QueryParameters::countries);
	}

	/** The slug of a resource listed at {@code list}. */
	public static ListParameter<String> slug(String name, String description, String example, String list) {
		return new ListParameter<>(name, description, example, "string", null, List.of(), false,
				(query, parameter) -> query.slug(parameter, list));
	}

	/** One of the constants of an enum, in any case. */
	public static <E extends Enum<E>> ListParameter<E> choice(String name, String description, Class<E> type) {
		List<String> allowed = Arrays.stream(type.getEnumConstants())
			.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
			.toList();
		return new ListParameter<>(name, description + ": " + String.join(", ", allowed), allowed.get(0), "string",
				null, allowed, false, (query, parameter) -> query.choice(parameter, type));
	}

	/** Words to search for, each of at least {@value QueryParameters#MIN_SEARCH} characters. */
	public static ListParameter<String> search(String description, String example) {
		return new ListParameter<>("q", description + ": every word must appear, as a word or the beginning of one"
				+ " (kozl finds Kozlov), in any case, accents ignored; words of at least " + QueryParameters.MIN_SEARCH
				+ " characters", example, "string", null, List.of(), false, QueryParameters::search);
	}

	/** Free text matched exactly, e.g. an identifier. */
	public static ListParameter<String> matching(String name, String description, String example, String pattern,
			String accepted) {
		return new ListParameter<>(name, description, example, "string", null, List.of(), false,
				(query, parameter) -> query.map(parameter, (value) -> value.matches(pattern) ? value : null, accepted));
	}

	/** The page size. */
	public static final ListParameter<Integer> LIMIT = new ListParameter<>("limit",
			"Page size, 1 to " + QueryParameters.MAX_LIMIT + " (default " + QueryParameters.DEFAULT_LIMIT + ")",
			"50", "integer", null, List.of(), false, (query, parameter) -> query.limit());

	/** Where the previous page ended. */
	public static final ListParameter<Cursor> CURSOR = new ListParameter<>("cursor",
			"The 'next' value of the previous page, unchanged", "MXwyMDE5LTAzLTA0fGtpbS15b25nLWphZS1hbGV4YW5kZXIta296bG92LXRhbGtzLTIwMTktMDMtMDR8bWVldGluZw",
			"string", null, List.of(), false, (query, parameter) -> query.cursor());

	/** The format of a list that can be exported: by this parameter, or by naming the media type in Accept. */
	public static ListParameter<Format> format(Format... formats) {
		List<String> allowed = Arrays.stream(formats).map(Format::parameterValue).toList();
		return new ListParameter<>("format", "json (default), " + String.join(", ", allowed.subList(1, allowed.size()))
				+ "; or name the media type in Accept", allowed.get(1), "string", null, allowed, false,
				(query, parameter) -> query.format(formats));
	}

}
