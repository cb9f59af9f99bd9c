package org.contacttimeline.apidoc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

import org.contacttimeline.contact.MeetingStatus;
import org.contacttimeline.time.DatePrecision;

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

	static final String SCHEMAS = "#/components/schemas/";

	/** The closed sets, by property name, wherever a string property has that name. */
	static final Map<String, List<String>> ENUMS = Map.ofEntries(
			Map.entry("datePrecision", Arrays.stream(DatePrecision.values()).map((p) -> p.name().toLowerCase(Locale.ROOT)).toList()),
			Map.entry("status", Arrays.stream(MeetingStatus.values()).map(MeetingStatus::value).toList()),
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
		SchemaNames.rename(api);
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
		NullableReferences.apply(api, schemas);
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
	static void visit(Schema<?> schema, Consumer<Schema<?>> action) {
		visit(schema, action, (any) -> true);
	}

	/** Each schema within one, itself first; within those {@code enter} says to. */
	@SuppressWarnings("unchecked")
	static void visit(Schema<?> schema, Consumer<Schema<?>> action, java.util.function.Predicate<Schema<?>> enter) {
		if (schema == null) {
			return;
		}
		action.accept(schema);
		if (!enter.test(schema)) {
			return;
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach((property) -> visit(property, action, enter));
		}
		visit(schema.getItems(), action, enter);
		if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
			visit(additional, action, enter);
		}
		for (List<Schema> composed : new List[] { schema.getAllOf(), schema.getOneOf(), schema.getAnyOf() }) {
			if (composed != null) {
				composed.forEach((part) -> visit(part, action, enter));
			}
		}
	}

}
