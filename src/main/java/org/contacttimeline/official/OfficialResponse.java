package org.contacttimeline.official;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.contacttimeline.contact.MeetingSummary;
import org.contacttimeline.source.SourceResponse;

/**
 * An official: name as the sources spell it in English and in the original script, country, the positions held
 * over time with their sources, and (on the single-official view only) the meetings taken part in.
 *
 * @param meetings on the single view, the first meetings taken part in (at most
 * {@value org.contacttimeline.contact.ContactQuery#NESTED}), with the role held; else {@code null}
 * @param moreMeetings when more meetings follow, the URL of the list that continues them; else left out
 */
record OfficialResponse(String slug, String name, String originalName, String country,
		List<PositionResponse> positions, @JsonInclude(JsonInclude.Include.NON_NULL) List<MeetingSummary> meetings,
		@JsonInclude(JsonInclude.Include.NON_NULL) String moreMeetings) {

	/** A title held in an organization over a time; open dates are unknown, not unbounded. */
	public record PositionResponse(String title, Organization organization, LocalDate startDate, LocalDate endDate,
			String note, List<SourceResponse> sources) {
	}

	/** The organization a position belongs to. */
	public record Organization(String slug, String name, String country, String kind) {
	}

}
