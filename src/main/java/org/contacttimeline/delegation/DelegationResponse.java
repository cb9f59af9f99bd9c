package org.contacttimeline.delegation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.contacttimeline.meeting.MeetingSummary;
import org.contacttimeline.official.ParticipantResponse;
import org.contacttimeline.source.ReportedDates;
import org.contacttimeline.source.SourceResponse;

/**
 * A delegation: a visit by a group from one country to another, with its head and members, the dates it is
 * given (and every variant its sources report), and, on the single-delegation view, its meetings.
 */
public record DelegationResponse(String slug, String name, String sendingCountry, String hostCountry,
		ParticipantResponse head, List<ParticipantResponse> members, LocalDate startDate, LocalDate endDate,
		String datePrecision, List<ReportedDates> reportedDates, String purpose, String notes,
		List<SourceResponse> sources, @JsonInclude(JsonInclude.Include.NON_NULL) List<MeetingSummary> meetings) {
}
