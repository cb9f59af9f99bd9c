package org.contacttimeline.source;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.contacttimeline.editing.Slugs;

/**
 * A source to create or to replace whole. The field names are those of {@link SourceDetailResponse}, so a source
 * read with GET can be edited and sent back; the read-only {@code citations} are accepted and ignored.
 */
record SourceRequest(
		@Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens") String slug,
		@NotBlank(message = "is required: who published the text (a newspaper, agency, ministry, ...)") @Size(max = 300) String publisher,
		@Size(max = 500) String headline,
		@Size(max = 300) String author,
		@Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
		LocalDate publishedOn,
		List<Object> citations) {
}
