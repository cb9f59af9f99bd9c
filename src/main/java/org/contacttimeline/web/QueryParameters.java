package org.contacttimeline.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.util.MultiValueMap;

import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.web.Page.Cursor;

/**
 * Reads query parameters strictly and collects everything wrong with them, so that one 400 tells the user every
 * mistake at once and what each parameter accepts. Nothing is trimmed or guessed: {@code country=RUS } (with a
 * space) and {@code date=2019-3-5} are rejected, saying why. The parameters a list accepts are declared once as
 * {@link ListParameter}s; a parameter not declared is rejected, naming those that are.
 */
public final class QueryParameters {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 500;

	/** The most characters a value of a parameter may have. */
	public static final int MAX_TEXT = 200;

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	private final MultiValueMap<String, String> values;

	private final String accept;

	private final List<FieldError> errors = new ArrayList<>();

	/**
	 * @param accept the request's Accept header, or {@code null}
	 */
	public QueryParameters(MultiValueMap<String, String> values, String accept, List<ListParameter<?>> declared) {
		this.values = values;
		this.accept = accept;
		Set<String> accepted = new TreeSet<>();
		declared.forEach((parameter) -> accepted.add(parameter.name()));
		for (String name : values.keySet()) {
			if (!accepted.contains(name)) {
				this.errors.add(new FieldError(name, accepted.isEmpty() ? "is not a parameter of this endpoint; it takes none"
						: "is not a parameter of this endpoint; accepted: " + String.join(", ", accepted), null));
			}
		}
	}

	/** The value of a declared parameter, {@code null} (or empty) when absent or wrong. */
	public <T> T read(ListParameter<T> parameter) {
		return parameter.reader().apply(this, parameter.name());
	}

	/** The single value of a parameter, or {@code null} when absent. */
	public String text(String name) {
		List<String> given = this.values.get(name);
		if (given == null || given.isEmpty()) {
			return null;
		}
		if (given.size() > 1) {
			reject(name, "may be given only once", String.join(",", given));
			return null;
		}
		return checkText(name, given.get(0));
	}

	/** Every value of a repeatable parameter, each checked like {@link #text}. */
	public List<String> texts(String name) {
		List<String> given = this.values.get(name);
		List<String> result = new ArrayList<>();
		if (given == null) {
			return result;
		}
		for (String value : given) {
			String checked = checkText(name, value);
			if (checked != null) {
				result.add(checked);
			}
		}
		return result;
	}

	/** An ISO-8601 calendar date (yyyy-MM-dd) that exists, or {@code null} when absent. */
	public LocalDate date(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (!storable(date)) {
				reject(name, "is outside the calendar this service keeps; accepted: a date from 4713 BC to 5874897 AD as yyyy-MM-dd", value);
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			reject(name, value.matches("\\d{4}-\\d{2}-\\d{2}") ? "is not a day of the calendar; accepted: an existing date as yyyy-MM-dd, e.g. 2019-03-14"
					: "is not a date; accepted: ISO-8601 yyyy-MM-dd with two-digit month and day, e.g. 2019-03-05", value);
			return null;
		}
	}

	/**
	 * An ISO-8601 instant with its offset from UTC ({@code 2019-03-14T09:00:00Z}, {@code 2019-03-14T18:00+09:00}), or
	 * {@code null} when absent.
	 */
	public java.time.Instant instant(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			java.time.Instant instant = java.time.OffsetDateTime.parse(value).toInstant();
			if (!storable(instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate())) {
				reject(name, "is outside the calendar this service keeps; accepted: an instant from 4713 BC to 5874897 AD", value);
				return null;
			}
			return instant;
		}
		catch (DateTimeParseException ex) {
			reject(name, "is not an instant; accepted: ISO-8601 date and time with its offset from UTC, e.g. 2019-03-14T09:00:00Z or 2019-03-14T18:00:00+09:00",
					value);
			return null;
		}
	}

	/** Whether PostgreSQL can store the day (4713 BC to 5874897 AD); a query with another would fail in the database. */
	static boolean storable(LocalDate date) {
		return !date.isBefore(LocalDate.of(-4712, 1, 1)) && !date.isAfter(LocalDate.of(5874897, 12, 31));
	}

	/** The slug of a resource listed at {@code list}, or {@code null} when absent. */
	public String slug(String name, String list) {
		return map(name, (value) -> value.matches(SLUG) ? value : null,
				"is not a slug; accepted: lower-case words joined by hyphens, e.g. im-chon-il (see " + list + ")");
	}

	/**
	 * The format asked for: by {@code format=}, else an export type named explicitly in {@code Accept} (a wildcard
	 * is not a request for an export), else JSON; one of {@code offered} (JSON first).
	 */
	public Format format(Format... offered) {
		Format format = choice("format", Format.class);
		String field = "format";
		if (format == null && this.errors.stream().noneMatch((error) -> error.field().equals("format"))) {
			format = Format.requested(this.accept);
			field = "Accept";
		}
		List<Format> here = List.of(offered);
		if (format != null && !here.contains(format)) {
			reject(field, format.parameterValue() + " is not offered by this list; accepted: "
					+ String.join(", ", here.stream().map(Format::parameterValue).toList())
					+ (format == Format.TIMELINEJS ? " (timelinejs is offered on /api/v1/timeline)" : ""),
					field.equals("format") ? format.parameterValue() : this.accept);
			return Format.JSON;
		}
		return (format != null) ? format : Format.JSON;
	}

	/** One value out of a fixed set, matched case-insensitively, or {@code null} when absent. */
	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		List<String> accepted = new ArrayList<>();
		for (E constant : type.getEnumConstants()) {
			accepted.add(constant.name().toLowerCase(Locale.ROOT));
		}
		reject(name, "is not one of: " + String.join(", ", accepted), value);
		return null;
	}

	/** The page size: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
	public int limit() {
		String value = text("limit");
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		if (value.matches("\\d{1,9}")) {
			int limit = Integer.parseInt(value);
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		reject("limit", "must be a whole number from 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")", value);
		return DEFAULT_LIMIT;
	}

	/** The cursor of a previous page, or {@code null} for the first page. */
	public Cursor cursor() {
		String value = text("cursor");
		if (value == null) {
			return null;
		}
		try {
			return Cursor.decode(value);
		}
		catch (InvalidRequestException ex) {
			this.errors.addAll(ex.errors());
			return null;
		}
	}

	/** A value converted by a function that returns {@code null} for what it cannot accept. */
	public <T> T map(String name, Function<String, T> converter, String accepted) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		T converted = converter.apply(value);
		if (converted == null) {
			reject(name, accepted, value);
		}
		return converted;
	}

	public void reject(String name, String message, String value) {
		this.errors.add(new FieldError(name, message, value));
	}

	/** Throws the collected problems, if any. */
	public void validate() {
		if (!this.errors.isEmpty()) {
			throw new InvalidRequestException(this.errors);
		}
	}

	private String checkText(String name, String value) {
		if (value.isEmpty()) {
			reject(name, "is empty; give a value or leave the parameter out", value);
			return null;
		}
		if (value.length() > MAX_TEXT) {
			reject(name, "is longer than " + MAX_TEXT + " characters", value);
			return null;
		}
		if (!value.strip().equals(value)) {
			reject(name, "has leading or trailing white space; send the value alone", value);
			return null;
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			reject(name, "contains control characters", value);
			return null;
		}
		return value;
	}

}
