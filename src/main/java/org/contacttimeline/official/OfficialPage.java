package org.contacttimeline.official;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of officials; when a search found none, the officials whose names or aliases are closest to what was asked
 * ("did you mean"), best first.
 *
 * @param next the cursor of the next page, {@code null} on the last
 * @param didYouMean left out unless the search found no official
 */
record OfficialPage(List<OfficialResponse> items, @Schema(nullable = true) String next,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Suggestion> didYouMean) {

	/** An official a search may have meant, and why: a name or an alias close to the words asked for. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "OfficialSuggestion")
	record Suggestion(String slug, String name, @Schema(nullable = true) String country, String because) {
	}

}
