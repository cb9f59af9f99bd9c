package org.contacttimeline.apidoc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the schemas say exactly what the service writes and reads, by rules rather than per field:
 * <ul>
 * <li>an answer's record writes every component, null or not, so every property of an answer is {@code required},
 * except those written only when non-null or non-empty ({@code @JsonInclude});</li>
 * <li>a request property the service does not require may be null (a GET → edit → PUT round trip sends the nulls it
 * read), so it is {@code nullable};</li>
 * <li>what an answer may hold as null says so on its record ({@code @Schema(nullable = true)}); a nullable reference is
 * written {@code allOf} it, as OpenAPI 3.0 ignores the siblings of a {@code $ref};</li>
 * <li>the closed sets users read and send (date precision, status, role source) are enums wherever they appear;</li>
 * <li>schema names are what a client author would write: {@code MeetingPage}, {@code MeetingRevision},
 * {@code MeetingRevisionPage}, never a Java generic ({@code PageRevisionResponseMeetingResponse}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ExactSchemas {

	/** Marks a property its record writes only when it has a value; removed from the document once read. */
	private static final String OMITTED = "x-omitted-when-empty";

	/** Marks a property whose JSON is written as stored ({@code @JsonRawValue}); removed once read. */
	private static final String STORED = "x-stored-json";

	private static final String SCHEMAS = "#/components/schemas/";

	/** The closed sets, by property name, wherever a string property has that name. */
	static final Map<String, List<String>> ENUMS = Map.ofEntries(
			Map.entry("datePrecision", List.of("day", "month", "year", "unknown")),
			Map.entry("status", List.of("held", "planned", "speculated", "cancelled")),
			Map.entry("roleSource", List.of("given", "position")),
			Map.entry("TimelineEntry.type", List.of("meeting", "delegation")),
			Map.entry("ArticleContact.type", List.of("meeting", "delegation")),
			Map.entry("Proposal.type", List.of("meeting", "delegation")),
			Map.entry("Change.type", List.of("meeting", "delegation", "official", "source")),
			Map.entry("Change.change", List.of("created", "updated", "deleted")),
			Map.entry("CandidateGroupResponse.state", List.of("proposed", "corroborating", "accepted", "rejected")),
			Map.entry("ArticleProposal.state", List.of("proposed", "corroborating", "accepted", "rejected")),
			Map.entry("CandidateGroupResponse.origin", List.of("gdelt", "plover", "article")),
			Map.entry("NetworkResponse.level", List.of("official", "country")));

	@Bean
	PropertyCustomizer omittedWhenEmpty() {
		return (resolved, type) -> {
			Class<?> raw = io.swagger.v3.core.util.Json.mapper().constructType(type.getType()).getRawClass();
			// a record's property comes as the record's schema itself; the document refers to it
			Schema<?> property = (resolved.get$ref() == null && resolved.getName() != null && resolved.getProperties() != null)
					? new Schema<>().$ref(SCHEMAS + resolved.getName()).description(resolved.getDescription()) : resolved;
			if (property.get$ref() != null && readsAString(raw)) {
				// a record Jackson also makes from a bare string ("kind": "040", "delegation": "some-slug")
				return new io.swagger.v3.oas.models.media.ComposedSchema().description(property.getDescription())
					.oneOf(List.of(new io.swagger.v3.oas.models.media.StringSchema()
						.description("the code or slug alone"), new Schema<>().$ref(property.get$ref())));
			}
			if (property.get$ref() != null && type.getCtxAnnotations() != null && java.util.Arrays
				.stream(type.getCtxAnnotations())
				.anyMatch((a) -> a instanceof io.swagger.v3.oas.annotations.media.Schema schema && schema.nullable())) {
				// nullable here, not wherever the referenced schema is used (swagger-core would mark the schema itself)
				return nullable(property);
			}
			if (type.getCtxAnnotations() == null) {
				return resolved;
			}
			Map<String, Object> markers = new LinkedHashMap<>();
			for (java.lang.annotation.Annotation annotation : type.getCtxAnnotations()) {
				if (annotation instanceof com.fasterxml.jackson.annotation.JsonRawValue) {
					markers.put(STORED, true);
				}
				if (annotation instanceof JsonInclude include && include.value() != JsonInclude.Include.ALWAYS) {
					markers.put(OMITTED, true);
				}
			}
			if (markers.isEmpty()) {
				return resolved;
			}
			// a reference keeps no marker of its own: it goes beside an allOf of it
			Schema<?> marked = (property.get$ref() != null) ? new Schema<>()
				.description(property.getDescription()).allOf(List.of(new Schema<>().$ref(property.get$ref()))) : property;
			markers.forEach(marked::addExtension);
			return marked;
		};
	}

	private static boolean readsAString(Class<?> type) {
		for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
			JsonCreator creator = method.getAnnotation(JsonCreator.class);
			if (creator != null && creator.mode() == JsonCreator.Mode.DELEGATING
					&& java.lang.reflect.Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 1
					&& method.getParameterTypes()[0] == String.class) {
				return true;
			}
		}
		return false;
	}

	@Bean
	OpenApiCustomizer exactSchemaRules() {
		return (api) -> {
			apply(api);
			// after the renaming: the examples are named as the schemas finally are
			ApiExamples.attach(api);
		};
	}

	static void apply(OpenAPI api) {
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return;
		}
		rename(api);
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		Set<String> requests = new HashSet<>();
		Set<String> answers = new HashSet<>();
		api.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			if (operation.getRequestBody() != null) {
				reach(operation.getRequestBody().getContent(), schemas, requests);
			}
			if (operation.getResponses() != null) {
				operation.getResponses().values().forEach((response) -> reach(response.getContent(), schemas, answers));
			}
		}));
		// JSON stored as written when it was made (an article's proposal): any member may be missing or null
		Set<String> stored = new HashSet<>();
		schemas.values().forEach((schema) -> visit(schema, (part) -> {
			if (part.getExtensions() != null && part.getExtensions().remove(STORED) != null) {
				reach(part, schemas, stored);
			}
		}));
		schemas.forEach((name, schema) -> {
			schema.setNullable(null);
			Map<String, Schema> properties = schema.getProperties();
			if (properties == null) {
				return;
			}
			if (stored.contains(name)) {
				schema.setRequired(null);
				properties.values().forEach((property) -> property.setNullable(true));
			}
			else if (answers.contains(name) && !requests.contains(name) && schema.getRequired() == null) {
				List<String> required = new ArrayList<>();
				properties.forEach((property, value) -> {
					if (value.getExtensions() == null || !value.getExtensions().containsKey(OMITTED)) {
						required.add(property);
					}
				});
				schema.setRequired(required.isEmpty() ? null : required);
			}
			if (requests.contains(name)) {
				properties.forEach((property, value) -> {
					if (schema.getRequired() == null || !schema.getRequired().contains(property)) {
						value.setNullable(true);
					}
				});
			}
			properties.replaceAll((property, value) -> exact(name, property, value));
		});
		nullableWhereverUsed(api, schemas);
	}

	/**
	 * A schema that is nullable wherever it is used says so itself, and is referred to plainly: strict validators (and
	 * OpenAPI 3.0.3) read no null through an allOf, so the allOf stays only for a schema also used where it cannot be null.
	 */
	@SuppressWarnings("unchecked")
	private static void nullableWhereverUsed(OpenAPI api, Map<String, Schema> schemas) {
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
	@SuppressWarnings("unchecked")
	private static void visitUses(Schema<?> schema, Consumer<Schema<?>> action) {
		if (schema == null) {
			return;
		}
		action.accept(schema);
		if (wrapped(schema) != null) {
			return;
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach((property) -> visitUses(property, action));
		}
		visitUses(schema.getItems(), action);
		if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
			visitUses(additional, action);
		}
		for (List<Schema> composed : new List[] { schema.getAllOf(), schema.getOneOf(), schema.getAnyOf() }) {
			if (composed != null) {
				composed.forEach((part) -> visitUses(part, action));
			}
		}
	}

	/** One property: its enum, no marker left, and a nullable reference wrapped so that the null is read. */
	private static Schema exact(String schema, String name, Schema property) {
		if (property.getExtensions() != null) {
			property.getExtensions().remove(OMITTED);
			if (property.getExtensions().isEmpty()) {
				property.setExtensions(null);
			}
		}
		List<String> closed = ENUMS.getOrDefault(schema + "." + name, ENUMS.get(name));
		if (closed != null && "string".equals(property.getType()) && property.getEnum() == null) {
			closed.forEach(property::addEnumItemObject);
		}
		if (property.getItems() != null) {
			property.setItems(exact(schema, "", property.getItems()));
		}
		if (property.get$ref() != null && Boolean.TRUE.equals(property.getNullable())) {
			property = nullable(property);
		}
		if (property.getAllOf() != null && property.getType() == null) {
			property.setType("object");
		}
		if (property.getOneOf() != null && Boolean.TRUE.equals(property.getNullable())) {
			// null is one of the alternatives: the typed one takes it, so that exactly one matches
			property.setNullable(null);
			((Schema<?>) property.getOneOf().get(0)).setNullable(true);
		}
		return property;
	}

	/** A reference that may be null: OpenAPI 3.0 reads no sibling of a $ref, so the null goes beside an allOf. */
	private static Schema<?> nullable(Schema<?> reference) {
		// untyped while swagger-core reads it (it would take an object for the referenced record), typed once it is read
		return new Schema<>().nullable(true)
			.description(reference.getDescription())
			.allOf(List.of(new Schema<>().$ref(reference.get$ref())));
	}

	/** Adds the schemas a content refers to, directly or through others. */
	private static void reach(Content content, Map<String, Schema> schemas, Set<String> reached) {
		if (content != null) {
			content.values().forEach((media) -> visit(media.getSchema(), (schema) -> {
				if (schema.get$ref() != null) {
					String name = schema.get$ref().substring(SCHEMAS.length());
					if (reached.add(name) && schemas.containsKey(name)) {
						reach(schemas.get(name), schemas, reached);
					}
				}
			}));
		}
	}

	private static void reach(Schema<?> schema, Map<String, Schema> schemas, Set<String> reached) {
		Content content = new Content();
		content.addMediaType("", new io.swagger.v3.oas.models.media.MediaType().schema(schema));
		reach(content, schemas, reached);
	}

	/** Each schema within one, itself first. */
	@SuppressWarnings("unchecked")
	static void visit(Schema<?> schema, Consumer<Schema<?>> action) {
		if (schema == null) {
			return;
		}
		action.accept(schema);
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach((property) -> visit(property, action));
		}
		visit(schema.getItems(), action);
		if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
			visit(additional, action);
		}
		for (List<Schema> composed : new List[] { schema.getAllOf(), schema.getOneOf(), schema.getAnyOf() }) {
			if (composed != null) {
				composed.forEach((part) -> visit(part, action));
			}
		}
	}

	private static final Pattern GENERIC = Pattern.compile("(Page)?(RevisionResponse)?(\\w+?)(Detail)?(Response)?");

	/** Renames the schemas of Java generics ({@code Page<RevisionResponse<MeetingResponse>>}) as a client author would. */
	@SuppressWarnings("unchecked")
	private static void rename(OpenAPI api) {
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
		renamed.values().forEach((schema) -> visit(schema, retarget));
		api.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			if (operation.getParameters() != null) {
				operation.getParameters().forEach((parameter) -> visit(parameter.getSchema(), retarget));
			}
			if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
				operation.getRequestBody().getContent().values().forEach((media) -> visit(media.getSchema(), retarget));
			}
			if (operation.getResponses() != null) {
				operation.getResponses().values().forEach((response) -> {
					if (response.getContent() != null) {
						response.getContent().values().forEach((media) -> visit(media.getSchema(), retarget));
					}
				});
			}
		}));
	}

}
