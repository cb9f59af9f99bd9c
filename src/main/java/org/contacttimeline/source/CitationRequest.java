package org.contacttimeline.source;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A source cited for a meeting or delegation in a write: either a known source by its slug ({@code source}) or
 * the source described ({@code publisher} at least; a matching stored source is reused), and always the quote that
 * supports the fact; {@code accordingTo} names, by slug, the organization that first reported what the source relays
 * ("according to Russia's foreign ministry"). The field names are those of the response, so a read can be edited
 * and sent back.
 */
public record CitationRequest(
		@Size(max = 160) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be the slug of a known source") String source,
		@Size(max = 300) String publisher, @Size(max = 500) String headline, @Size(max = 300) String author,
		@Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
		LocalDate publishedOn,
		@NotBlank(message = "must quote the words of the source that support the fact") @Size(max = 5000) String quote,
		@Size(max = 300) String claim,
		@Valid AccordingTo accordingTo) {

	/** A citation without an organization it relays. */
	public CitationRequest(String source, String publisher, String headline, String author, String url,
			LocalDate publishedOn, String quote, String claim) {
		this(source, publisher, headline, author, url, publishedOn, quote, claim, null);
	}

	/** The organization a source relays: its slug, or an object with the slug (the name is read-only). */
	@Schema(name = "CitationRequestAccordingTo")
	public record AccordingTo(
			@NotBlank @Size(max = 160) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be the slug of an organization (see /api/v1/organizations)") String slug,
			String name) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public AccordingTo(@JsonProperty("slug") String slug, @JsonProperty("name") String name) {
			this.slug = slug;
			this.name = name;
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static AccordingTo of(String slug) {
			return new AccordingTo(slug, null);
		}

	}

}
