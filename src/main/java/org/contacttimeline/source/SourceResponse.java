package org.contacttimeline.source;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A source as cited for one fact: who published what, and the quote that supports the fact.
 *
 * @param claim which fact the quote supports (e.g. "dates (photo caption)"), when the data says so
 * @param accordingTo the organization that first reported what the source relays, or {@code null}
 */
public record SourceResponse(String publisher, @Schema(nullable = true) String headline,
		@Schema(nullable = true) String author, @Schema(nullable = true) String url,
		@Schema(nullable = true) LocalDate publishedOn, @Schema(nullable = true) String quote,
		@Schema(nullable = true) String claim, @Schema(nullable = true) AccordingTo accordingTo) {

	/** The organization a source relays ("according to Russia's foreign ministry"). */
	public record AccordingTo(String slug, @Schema(nullable = true) String name) {

		/** The organization, or {@code null} when the slug is {@code null}. */
		public static AccordingTo of(String slug, String name) {
			return (slug != null) ? new AccordingTo(slug, name) : null;
		}

	}

}
