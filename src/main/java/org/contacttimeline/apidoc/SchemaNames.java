package org.contacttimeline.apidoc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/** Part of {@link ExactSchemas}: schema names a client author would write, never a Java generic. */
final class SchemaNames {

	private static final String SCHEMAS = ExactSchemas.SCHEMAS;

	private SchemaNames() {
	}

	private static final Pattern GENERIC = Pattern.compile("(Page)?(RevisionResponse)?(\\w+?)(Detail)?(Response)?");

	/** Renames the schemas of Java generics ({@code Page<RevisionResponse<MeetingResponse>>}) as a client author would. */
	@SuppressWarnings("unchecked")
	static void rename(OpenAPI api) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String name : api.getComponents().getSchemas().keySet()) {
			Matcher parts = GENERIC.matcher(name);
			if (parts.matches() && (parts.group(1) != null || parts.group(2) != null)) {
				String base = parts.group(3);
				String renamed = base + ((parts.group(2) != null) ? "Revision" : "") + ((parts.group(1) != null) ? "Page" : "");
				if (!api.getComponents().getSchemas().containsKey(renamed)) {
					names.put(name, renamed);
				}
			}
		}
		// the object a code or slug may stand for ("kind": "040" or {"code": "040"}) is the ...Object of the choice, which
		// generators name after the property (MeetingRequestKind)
		api.getComponents().getSchemas().values().forEach((schema) -> {
			if (schema.getProperties() != null) {
				((Map<String, Schema>) schema.getProperties()).values().forEach((property) -> {
					if (property.getOneOf() != null && property.getOneOf().size() == 2) {
						String object = ((Schema<?>) property.getOneOf().get(1)).get$ref();
						if (object != null && object.startsWith(SCHEMAS)) {
							names.put(object.substring(SCHEMAS.length()), object.substring(SCHEMAS.length()) + "Object");
						}
					}
				});
			}
		});
		if (names.isEmpty()) {
			return;
		}
		Map<String, Schema> renamed = new LinkedHashMap<>();
		api.getComponents().getSchemas().forEach((name, schema) -> renamed.put(names.getOrDefault(name, name), schema));
		api.getComponents().setSchemas(renamed);
		Consumer<Schema<?>> retarget = (schema) -> {
			if (schema.get$ref() != null && schema.get$ref().startsWith(SCHEMAS)) {
				String target = schema.get$ref().substring(SCHEMAS.length());
				if (names.containsKey(target)) {
					schema.set$ref(SCHEMAS + names.get(target));
				}
			}
		};
		renamed.values().forEach((schema) -> ExactSchemas.visit(schema, retarget));
		api.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			if (operation.getParameters() != null) {
				operation.getParameters().forEach((parameter) -> ExactSchemas.visit(parameter.getSchema(), retarget));
			}
			if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
				operation.getRequestBody().getContent().values().forEach((media) -> ExactSchemas.visit(media.getSchema(), retarget));
			}
			if (operation.getResponses() != null) {
				operation.getResponses().values().forEach((response) -> {
					if (response.getContent() != null) {
						response.getContent().values().forEach((media) -> ExactSchemas.visit(media.getSchema(), retarget));
					}
				});
			}
		}));
	}

}
