package org.contacttimeline.source;

import java.time.LocalDate;

/**
 * A source as cited for one fact: who published what, and the quote that supports the fact.
 *
 * @param claim which fact the quote supports (e.g. "dates (photo caption)"), when the data says so
 * @param accordingTo the organization that first reported what the source relays, or {@code null}
 */
public record SourceResponse(String publisher, String headline, String author, String url, LocalDate publishedOn,
		String quote, String claim, AccordingTo accordingTo) {

	/** The organization a source relays ("according to Russia's foreign ministry"). */
	public record AccordingTo(String slug, String name) {

		/** The organization, or {@code null} when the slug is {@code null}. */
		public static AccordingTo of(String slug, String name) {
			return (slug != null) ? new AccordingTo(slug, name) : null;
		}

	}

}
