package org.contacttimeline.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A source cited for a meeting or delegation in a write: either a known source by its slug ({@code source}) or
 * the source described ({@code publisher} at least; a matching stored source is reused), and always the quote that
 * supports the fact. The field names are those of the response, so a read can be edited and sent back.
 */
public record CitationRequest(
		@Size(max = 160) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be the slug of a known source") String source,
		@Size(max = 300) String publisher, @Size(max = 500) String headline, @Size(max = 300) String author,
		@Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
		LocalDate publishedOn,
		@NotBlank(message = "must quote the words of the source that support the fact") @Size(max = 5000) String quote,
		@Size(max = 300) String claim) {
}
