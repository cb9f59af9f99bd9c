package org.contacttimeline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.contacttimeline.db.TextSearch;
import org.contacttimeline.web.Page.Cursor;

/**
 * A query parameter of a list, declared once: its name, how it is read (and what a wrong value is told), and how
 * the API document describes it: a description, an example and the schema of its values. A list reads its values
 * with {@link QueryParameters#read}, and the API document lists the same declarations (see {@link ListParameters}),
 * so the document cannot say otherwise than the service does. Declare a parameter with the factory that reads it
 * ({@link #date}, {@link #choice}, {@link #matching}, ...): each states the schema of what its reader accepts.
 *
 * @param schema what one value may be, as the API document states it
 * @param repeatable whether the parameter may be given several times (the document shows an array of values)
 * @param reader reads the parameter's value from the request, collecting what is wrong with it
 */
public record ListParameter<T>(String name, String description, String example, ParameterSchema schema,
		boolean repeatable, BiFunction<QueryParameters, String, T> reader) {

	public ListParameter {
		Objects.requireNonNull(schema, () -> "the schema of query parameter " + name);
	}

	/**
	 * A parameter described by its type alone ({@code string} or {@code integer}), its format and the values accepted;
	 * prefer a factory, whose schema also states the pattern and bounds its reader checks.
	 */
	public ListParameter(String name, String description, String example, String type, String format,
			List<String> allowed, boolean repeatable, BiFunction<QueryParameters, String, T> reader) {
		this(name, description, example, new ParameterSchema(type, format, allowed, null, null, null, null, null, null),
				repeatable, reader);
	}

	/** The same parameter with an example that fits the list it is declared for. */
	public ListParameter<T> withExample(String example) {
		return new ListParameter<>(this.name, this.description, example, this.schema, this.repeatable, this.reader);
	}

	/** An ISO-8601 calendar day. */
	public static ListParameter<LocalDate> date(String name, String description, String example) {
		return new ListParameter<>(name, description + " (yyyy-MM-dd)", example, ParameterSchema.date(), false,
				QueryParameters::date);
	}

	/** An ISO-8601 instant with its offset from UTC. */
	public static ListParameter<java.time.Instant> instant(String name, String description, String example) {
		return new ListParameter<>(name, description + " (ISO-8601 with its offset, e.g. 2019-03-14T09:00:00Z)", example,
				"string", "date-time", List.of(), false, QueryParameters::instant);
	}

	/** The slug of a resource listed at {@code list}. */
	public static ListParameter<String> slug(String name, String description, String example, String list) {
		return new ListParameter<>(name, description, example, ParameterSchema.text().matching(QueryParameters.SLUG),
				false, (query, parameter) -> query.slug(parameter, list));
	}

	/** One of the constants of an enum, in any case. */
	public static <E extends Enum<E>> ListParameter<E> choice(String name, String description, Class<E> type) {
		List<String> allowed = Arrays.stream(type.getEnumConstants())
			.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
			.toList();
		return new ListParameter<>(name, description + ": " + String.join(", ", allowed), allowed.get(0),
				ParameterSchema.text().oneOf(allowed), false, (query, parameter) -> query.choice(parameter, type));
	}

	/** Words to search for ({@code q}), each of at least {@value TextSearch#MIN_WORD} characters, all required. */
	public static ListParameter<String> search(String description, String example) {
		return new ListParameter<>("q", description + ": every word must appear, as a word or the beginning of one"
				+ " (kozl finds Kozlov), in any case, accents ignored; words of at least " + TextSearch.MIN_WORD
				+ " characters", example, ParameterSchema.text().atLeast(TextSearch.MIN_WORD), false,
				(query, name) -> query.map(name, (value) -> TextSearch.searchable(value) ? value : null,
						"has no word to search for, or a word shorter than " + TextSearch.MIN_WORD
								+ " characters; give words of letters or digits, e.g. q=kozlov or q=political contacts"));
	}

	/** Free text matched exactly, e.g. an identifier. */
	public static ListParameter<String> matching(String name, String description, String example, String pattern,
			String accepted) {
		return new ListParameter<>(name, description, example, ParameterSchema.text().matching(pattern), false,
				(query, parameter) -> query.map(parameter, (value) -> value.matches(pattern) ? value : null, accepted));
	}

	/** The page size. */
	public static final ListParameter<Integer> LIMIT = new ListParameter<>("limit",
			"Page size, 1 to " + QueryParameters.MAX_LIMIT + " (default " + QueryParameters.DEFAULT_LIMIT + ")",
			"50", ParameterSchema.integer(1, QueryParameters.MAX_LIMIT, QueryParameters.DEFAULT_LIMIT), false,
			(query, parameter) -> query.limit());

	/** Where the previous page ended. */
	public static final ListParameter<Cursor> CURSOR = new ListParameter<>("cursor",
			"The 'next' value of the previous page, unchanged", "MXwyMDE5LTAzLTA0fGtpbS15b25nLWphZS1hbGV4YW5kZXIta296bG92LXRhbGtzLTIwMTktMDMtMDR8bWVldGluZw",
			ParameterSchema.text().matching(Cursor.PATTERN), false, (query, parameter) -> query.cursor());

	/** The format of a list that can be exported: by this parameter, or by naming the media type in Accept. */
	public static ListParameter<Format> format(Format... formats) {
		List<String> allowed = Arrays.stream(formats).map(Format::parameterValue).toList();
		return new ListParameter<>("format", "json (default), " + String.join(", ", allowed.subList(1, allowed.size()))
				+ "; or name the media type in Accept", allowed.get(1),
				ParameterSchema.text().oneOf(allowed).byDefault(Format.JSON.parameterValue()), false,
				(query, parameter) -> query.format(formats));
	}

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

	/**
	 * One rule for query parameters on every read of the API: a parameter an operation does not declare is a 400 problem
	 * naming those it does. Lists read their declared parameters themselves ({@link QueryParameters}, with {@code limit}
	 * and {@code cursor} where they page); this holds every other operation (one resource, its revisions, a candidate, an
	 * import) to the same rule, so that {@code ?limit=1} is refused where nothing pages rather than silently ignored.
	 */
	@Configuration(proxyBeanMethods = false)
	static class DeclaredParametersOnly implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {

				@Override
				public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
					// reads only: a write may read its parameters from the request itself (an import's countries)
					if (handler instanceof HandlerMethod method && request.getQueryString() != null
							&& RequestView.read(request)) {
						check(method, request.getParameterMap().keySet());
					}
					return true;
				}

			}).addPathPatterns("/api/**");
		}

		/** {@code given}: the parameters' names as the container decoded them, as {@code @RequestParam} binds them. */
		private static void check(HandlerMethod method, Set<String> given) {
			Set<String> declared = new TreeSet<>();
			for (var parameter : method.getMethodParameters()) {
				if (jakarta.servlet.ServletRequest.class.isAssignableFrom(parameter.getParameterType())) {
					return; // it reads the request itself
				}
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param == null) {
					continue;
				}
				if (Map.class.isAssignableFrom(parameter.getParameterType())) {
					return; // a list: it reads (and refuses) its parameters itself
				}
				String name = !param.name().isEmpty() ? param.name() : param.value();
				name = !name.isEmpty() ? name : parameter.getParameterName();
				if (name != null) { // null only before the handler's first call named its parameters
					declared.add(name);
				}
			}
			List<InvalidRequestException.FieldError> errors = new ArrayList<>();
			given.stream()
				.filter((name) -> !declared.contains(name))
				.forEach((name) -> errors.add(new InvalidRequestException.FieldError(name, declared.isEmpty()
						? "is not a parameter of this endpoint; it takes none"
						: "is not a parameter of this endpoint; accepted: " + String.join(", ", declared), null)));
			if (!errors.isEmpty()) {
				throw new InvalidRequestException(errors);
			}
		}

	}

}
