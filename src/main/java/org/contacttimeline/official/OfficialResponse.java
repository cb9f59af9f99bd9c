package org.contacttimeline.official;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.contacttimeline.contact.MeetingSummary;
import org.contacttimeline.source.SourceResponse;

/**
 * An official: name as the sources spell it in English and in the original script (and where that spelling comes
 * from), country, Wikidata item, the positions held over time with their sources, and (on the single-official view
 * only) the meetings taken part in.
 *
 * @param wikidata the Wikidata item ({@code Q7747}), or {@code null}
 * @param wikidataSource where the identifier was taken from
 * @param aliases other spellings of the name, each with where it comes from
 * @param meetings on the single view, the first meetings taken part in (at most
 * {@value org.contacttimeline.contact.ContactQuery#NESTED}), with the role held; else {@code null}
 * @param moreMeetings when more meetings follow, the URL of the list that continues them; else left out
 */
public record OfficialResponse(String slug, String name, @Schema(nullable = true) String originalName,
		@Schema(nullable = true) String originalNameSource, String country, @Schema(nullable = true) String wikidata,
		@Schema(nullable = true) String wikidataSource, List<Alias> aliases, List<PositionResponse> positions,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<MeetingSummary> meetings,
		@JsonInclude(JsonInclude.Include.NON_NULL) String moreMeetings) {

	/**
	 * A title held in an organization over a time; open dates are unknown, not unbounded.
	 * @param attestedFrom the first day a source shows the title held, when the term is not known
	 * @param attestedTo the last day a source shows the title held
	 */
	public record PositionResponse(String title, @Schema(nullable = true) Organization organization,
			@Schema(nullable = true) LocalDate startDate, @Schema(nullable = true) LocalDate endDate,
			@Schema(nullable = true) LocalDate attestedFrom, @Schema(nullable = true) LocalDate attestedTo,
			@Schema(nullable = true) String note, List<SourceResponse> sources) {
	}

	/** Another spelling of the name, and the source that writes it so or the rule that made it. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "OfficialAlias")
	public record Alias(String name, @Schema(nullable = true) String source) {
	}

	/** The organization a position belongs to. */
	public record Organization(String slug, String name, @Schema(nullable = true) String country,
			@Schema(nullable = true) String kind) {
	}

}
