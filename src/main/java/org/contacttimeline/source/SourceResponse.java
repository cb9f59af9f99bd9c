package org.contacttimeline.source;

import java.time.LocalDate;

/**
 * A source as cited for one fact: who published what, and the quote that supports the fact.
 *
 * @param claim which fact the quote supports (e.g. "dates (photo caption)"), when the data says so
 */
public record SourceResponse(String publisher, String headline, String author, String url, LocalDate publishedOn,
		String quote, String claim) {
}
