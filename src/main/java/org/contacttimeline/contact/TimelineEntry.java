package org.contacttimeline.contact;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.contacttimeline.source.ReportedDates;
import org.contacttimeline.source.SourceResponse;

/**
 * One entry of the timeline, a meeting or a delegation visit, with everything needed to draw it without another
 * request. A delegation's participants are its members, its summary its purpose, its location its host country.
 *
 * @param type {@code meeting} or {@code delegation}
 * @param kind the CAMEO kind of a meeting; {@code null} for a delegation
 * @param reportedDates every date variant the sources give a delegation; empty for a meeting
 */
public record TimelineEntry(String type, String slug, String title, @Schema(nullable = true) LocalDate startDate,
		@Schema(nullable = true) LocalDate endDate, String datePrecision, @Schema(nullable = true) String status,
		@Schema(nullable = true) MeetingResponse.Kind kind, @Schema(nullable = true) MeetingResponse.Location location,
		List<String> countries, List<ParticipantResponse> participants,
		List<MeetingResponse.UnnamedParty> unnamedParties,
		@Schema(nullable = true) MeetingResponse.DelegationRef delegation, @Schema(nullable = true) String summary,
		List<String> topics, List<SourceResponse> sources, @Schema(nullable = true) String notes,
		List<ReportedDates> reportedDates) implements Contact {

	@Override
	public TimelineEntry asEntry() {
		return this;
	}

	public static TimelineEntry of(MeetingResponse m) {
		return new TimelineEntry("meeting", m.slug(), m.title(), m.startDate(), m.endDate(), m.datePrecision(),
				m.status(), m.kind(), m.location(), m.countries(), m.participants(), m.unnamedParties(),
				m.delegation(), m.summary(), m.topics(), m.sources(), m.notes(), List.of());
	}

	public static TimelineEntry of(DelegationResponse d) {
		List<String> countries = d.sendingCountry().equals(d.hostCountry()) ? List.of(d.sendingCountry())
				: List.of(d.sendingCountry(), d.hostCountry());
		return new TimelineEntry("delegation", d.slug(), d.name(), d.startDate(), d.endDate(), d.datePrecision(),
				"held", null, new MeetingResponse.Location(null, null, d.hostCountry()), countries, d.members(),
				List.of(), null, d.purpose(), List.of(), d.sources(), d.notes(), d.reportedDates());
	}

}
