package org.contacttimeline.official;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.contacttimeline.source.CitationRequest;
import org.contacttimeline.editing.Slugs;
import org.contacttimeline.country.Wikidata;

/**
 * An official to create or to replace whole, positions included. The field names are those of
 * {@link OfficialResponse}, so an official read with GET can be edited and sent back; read-only parts (the
 * {@code meetings}, an organization's name, country and kind) are accepted and ignored. Organizations are referred
 * to by slug.
 */
record OfficialRequest(
		@Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens") String slug,
		@NotBlank(message = "is required: the name as the sources spell it in English") @Size(max = 300) String name,
		@Size(max = 300) String originalName,
		@Size(max = 1000) String originalNameSource,
		@NotBlank(message = "is required: the country the official acts for, as an alpha-2 or alpha-3 code") @Size(max = 3) String country,
		@Size(max = 20) @Pattern(regexp = Wikidata.PATTERN, message = Wikidata.ACCEPTED) String wikidata,
		@Size(max = 1000) String wikidataSource,
		@Size(max = 100) List<@NotNull @Valid PositionRequest> positions,
		@Size(max = 100) List<@NotNull @Valid AliasRequest> aliases,
		List<Object> meetings) {

	/** Another spelling of the name, with the source that writes it so or the rule that made it. */
	record AliasRequest(
			@NotBlank(message = "is required: the other spelling of the name") @Size(max = 300) String name,
			@NotBlank(message = "is required: the source that writes the name so, or the rule that made the spelling") @Size(max = 1000) String source) {
	}

	/** A title held, optionally in an organization, over a time whose ends may be unknown; with its sources. */
	record PositionRequest(
			@NotBlank(message = "is required: the title as the sources give it") @Size(max = 300) String title,
			@Valid OrganizationRef organization,
			LocalDate startDate,
			LocalDate endDate,
			LocalDate attestedFrom,
			LocalDate attestedTo,
			@Size(max = 5000) String note,
			@Size(max = 100) List<@NotNull @Valid CitationRequest> sources) {
	}

	/** An organization: its slug, or an object with the slug (name, country and kind are read-only). */
	record OrganizationRef(@NotBlank @Size(max = Slugs.MAX_LENGTH) String slug, String name, String country, String kind) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		OrganizationRef(@JsonProperty("slug") String slug, @JsonProperty("name") String name,
				@JsonProperty("country") String country, @JsonProperty("kind") String kind) {
			this.slug = slug;
			this.name = name;
			this.country = country;
			this.kind = kind;
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static OrganizationRef of(String slug) {
			return new OrganizationRef(slug, null, null, null);
		}

	}

}
