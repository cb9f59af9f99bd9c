package org.contacttimeline.apidoc;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/** Part of {@link ExactSchemas}: where a nullable reference can be said plainly. */
final class NullableReferences {

	private static final String SCHEMAS = ExactSchemas.SCHEMAS;

	private NullableReferences() {
	}

	/**
	 * A schema that is nullable wherever it is used says so itself, and is referred to plainly: strict validators (and
	 * OpenAPI 3.0.3) read no null through an allOf, so the allOf stays only for a schema also used where it cannot be null.
	 */
	@SuppressWarnings("unchecked")
	static void apply(OpenAPI api, Map<String, Schema> schemas) {
		Set<String> nullable = new HashSet<>();
		Set<String> notNull = new HashSet<>();
		Consumer<Schema<?>> count = (schema) -> {
			String wrapped = wrapped(schema);
			if (wrapped != null) {
				nullable.add(wrapped);
			}
			else if (schema.get$ref() != null && schema.get$ref().startsWith(SCHEMAS)
					&& !Boolean.TRUE.equals(schema.getNullable())) {
				notNull.add(schema.get$ref().substring(SCHEMAS.length()));
			}
		};
		// a wrapper's own allOf entry is not a use of its own: count the wrappers, then the plain references
		schemas.values().forEach((schema) -> visitUses(schema, count));
		api.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
				operation.getRequestBody().getContent().values().forEach((media) -> visitUses(media.getSchema(), count));
			}
			if (operation.getResponses() != null) {
				operation.getResponses().values().forEach((response) -> {
					if (response.getContent() != null) {
						response.getContent().values().forEach((media) -> visitUses(media.getSchema(), count));
					}
				});
			}
		}));
		nullable.removeAll(notNull);
		nullable.forEach((name) -> {
			if (schemas.containsKey(name)) {
				schemas.get(name).setNullable(true);
			}
		});
		schemas.values().forEach((schema) -> {
			if (schema.getProperties() != null) {
				((Map<String, Schema>) schema.getProperties()).replaceAll((property, value) -> plain(value, nullable));
				((Map<String, Schema>) schema.getProperties()).values().forEach((value) -> {
					if (value.getItems() != null) {
						value.setItems(plain(value.getItems(), nullable));
					}
				});
			}
		});
	}

	private static Schema<?> plain(Schema<?> property, Set<String> nullable) {
		String wrapped = wrapped(property);
		return (wrapped != null && nullable.contains(wrapped)) ? new Schema<>().$ref(SCHEMAS + wrapped) : property;
	}

	/** The schema a nullable allOf wrapper refers to, or null when it is not one. */
	private static String wrapped(Schema<?> schema) {
		if (schema != null && Boolean.TRUE.equals(schema.getNullable()) && schema.getAllOf() != null
				&& schema.getAllOf().size() == 1 && schema.getAllOf().get(0).get$ref() != null
				&& schema.getAllOf().get(0).get$ref().startsWith(SCHEMAS)) {
			return schema.getAllOf().get(0).get$ref().substring(SCHEMAS.length());
		}
		return null;
	}

	/** Each use of a schema within one, a nullable wrapper counted as one use and not entered. */
	private static void visitUses(Schema<?> schema, Consumer<Schema<?>> action) {
		ExactSchemas.visit(schema, action, (entered) -> wrapped(entered) == null);
	}

}
