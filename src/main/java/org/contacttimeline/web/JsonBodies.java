package org.contacttimeline.web;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.type.LogicalType;

import org.contacttimeline.web.InvalidRequestException.FieldError;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the service reads JSON bodies, and says what is wrong with one it cannot read. A text field takes only a JSON
 * string: {@code "role": 42} is a 400 problem, not the role "42". The API document says
 * string, and a body the service took must be one the document accepts.
 */
@Configuration(proxyBeanMethods = false)
class JsonBodies {

	@Bean
	JsonMapperBuilderCustomizer textIsAString() {
		return (builder) -> builder.withCoercionConfig(LogicalType.Textual, (config) -> config
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	/** Says which field of a JSON body could not be read, and why, without echoing the parser's internals. */
	static FieldError unreadable(Throwable cause) {
		if (cause instanceof StreamReadException syntax) {
			String where = syntax.getLocation() != null
					? " (line " + syntax.getLocation().getLineNr() + ", column " + syntax.getLocation().getColumnNr() + ")" : "";
			return new FieldError("body", "is not well-formed JSON" + where + ": "
					+ plain(syntax.getOriginalMessage()), null);
		}
		if (cause instanceof JacksonException jackson) {
			String path = jsonPath(jackson.getPath());
			if (cause instanceof UnrecognizedPropertyException unknown) {
				List<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
				return new FieldError(path, "is not a field of this resource; accepted: " + String.join(", ", known), null);
			}
			if (cause instanceof MismatchedInputException mismatched && !path.isEmpty()) {
				String expected = mismatched.getTargetType() != null ? describe(mismatched.getTargetType()) : "another kind of value";
				return new FieldError(path, "has the wrong form; expected " + expected, null);
			}
			if (!path.isEmpty()) {
				return new FieldError(path, "could not be read", null);
			}
			if (cause instanceof MismatchedInputException) {
				return new FieldError("body", "must be a JSON object with the fields of the resource", null);
			}
			return new FieldError("body", "is not well-formed JSON: " + plain(jackson.getOriginalMessage()), null);
		}
		return new FieldError("body", "is missing or not readable as JSON", null);
	}

	/** The first line of a parser message, without the names of the parser's settings it cites. */
	private static String plain(String message) {
		return message.lines().findFirst().orElse("").replaceAll(",? ?from `[^`]*`", "");
	}

	private static String describe(Class<?> type) {
		if (type == java.time.LocalDate.class) {
			return "an ISO-8601 date, yyyy-MM-dd";
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return "a JSON array";
		}
		if (type == String.class) {
			return "a string";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		return "a JSON object";
	}

	private static String jsonPath(List<JacksonException.Reference> path) {
		StringBuilder result = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				if (!result.isEmpty()) {
					result.append('.');
				}
				result.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				result.append('[').append(reference.getIndex()).append(']');
			}
		}
		return result.toString();
	}

}
