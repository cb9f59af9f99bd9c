package org.contacttimeline.contact;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.contacttimeline.source.ReportedDates;
import org.contacttimeline.source.SourceResponse;

/**
 * A delegation: a visit by a group from one country to another, with its head and members, the dates it is
 * given (and every variant its sources report), and, on the single-delegation view, its meetings.
 *
 * @param meetings on the single view, its first meetings (at most {@value ContactQuery#NESTED}); else {@code null}
 * @param moreMeetings when more meetings follow, the URL of the list that continues them; else left out
 */
public record DelegationResponse(String slug, String name, String sendingCountry, String hostCountry,
		@Schema(nullable = true) ParticipantResponse head, List<ParticipantResponse> members,
		@Schema(nullable = true) LocalDate startDate, @Schema(nullable = true) LocalDate endDate, String datePrecision,
		List<ReportedDates> reportedDates, @Schema(nullable = true) String purpose,
		@Schema(nullable = true) String notes, List<SourceResponse> sources,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<MeetingSummary> meetings,
		@JsonInclude(JsonInclude.Include.NON_NULL) String moreMeetings) implements Contact {

	@Override
	public TimelineEntry asEntry() {
		return TimelineEntry.of(this);
	}

}
