package org.contacttimeline.linkeddata;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shapes of the linked-data documents, for the API document: their nodes are open-world (schema.org, Popolo),
 * so the document names the top-level members and the vocabularies, not every property a node may have.
 */
final class LinkedDataSchemas {

	private LinkedDataSchemas() {
	}

	@Schema(name = "TimelineJsonLd", description = "A page of the timeline as JSON-LD: schema.org Events (@vocab https://schema.org/) "
			+ "with their Places, attending Persons in their Roles, CAMEO kinds as DefinedTerms and sources as CreativeWorks")
	record TimelineJsonLd(@JsonProperty("@context") Object context, @JsonProperty("@graph") List<Object> graph,
			@Schema(nullable = true, description = "cursor of the next page, null on the last") String next) {
	}

	@Schema(name = "Popolo", description = "Officials and contacts as Popolo JSON; ids are the resources' URLs, and @context makes it JSON-LD")
	record Popolo(@JsonProperty("@context") Object context, List<Object> persons, List<Object> organizations,
			List<Object> memberships, List<Object> events,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "with limit: the cursor of the next page, absent on the last") String next) {
	}

}
