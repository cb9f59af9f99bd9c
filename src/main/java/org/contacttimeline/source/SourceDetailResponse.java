package org.contacttimeline.source;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A source itself: who published what, when and where, and (outside the revision history) every fact that cites
 * it. {@link SourceResponse} is a source as cited for one fact.
 *
 * @param citations on the single view, the first facts that cite the source (the rest are at
 * {@code /api/v1/sources/{slug}/citations}); {@code null} (left out) in lists and in a revision's state
 * @param moreCitations when more facts cite it, the URL of the list that continues them; else left out
 */
record SourceDetailResponse(String slug, String publisher, @Schema(nullable = true) String headline,
		@Schema(nullable = true) String author, @Schema(nullable = true) String url,
		@Schema(nullable = true) LocalDate publishedOn, @JsonInclude(JsonInclude.Include.NON_NULL) List<Use> citations,
		@JsonInclude(JsonInclude.Include.NON_NULL) String moreCitations) {

	/**
	 * One fact the source supports.
	 *
	 * @param subject {@code meeting}, {@code delegation}, {@code position} (the slug is the official's), or
	 * {@code delegation-dates} (dates the source reports for a delegation)
	 * @param slug the slug of the meeting, delegation or official
	 * @param title the meeting's title, the delegation's name or the position's title
	 * @param claim which fact the quote supports, when the data says so
	 */
	public record Use(String subject, String slug, @Schema(nullable = true) String title,
			@Schema(nullable = true) String claim) {
	}

}
