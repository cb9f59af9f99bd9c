package org.contacttimeline.meeting;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.contacttimeline.country.Country;
import org.contacttimeline.official.ParticipantResponse;
import org.contacttimeline.revision.History;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.SourceResponse;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision history of a meeting, each state shown as the API shows a meeting.
 */
@Component
class MeetingRevisions {

	private final History history;

	MeetingRevisions(History history) {
		this.history = history;
	}

	@Transactional(readOnly = true)
	List<RevisionResponse<MeetingResponse>> of(String slug) {
		return this.history.of(Meeting.class, slug, MeetingRevisions::state);
	}

	private static MeetingResponse state(Meeting meeting) {
		String location = meeting.getLocationCountry() != null ? meeting.getLocationCountry().getCode() : null;
		return new MeetingResponse(meeting.getSlug(), meeting.getTitle(), meeting.getStartDate(), meeting.getEndDate(),
				meeting.getDatePrecision().name().toLowerCase(Locale.ROOT),
				meeting.getStatus().name().toLowerCase(Locale.ROOT),
				new MeetingResponse.Kind(meeting.getKind().getCode(), meeting.getKind().getLabel()),
				new MeetingResponse.Location(meeting.getCity(), meeting.getVenue(), location),
				meeting.getCountries().stream().map(Country::getCode).sorted().toList(),
				meeting.getParticipants().stream()
					.sorted(Comparator.comparingInt(MeetingParticipant::getOrdinal))
					.map((p) -> new ParticipantResponse(p.getOfficial().getSlug(), p.getOfficial().getName(),
							p.getOfficial().getCountry().getCode(), p.getRole(), p.getRoleSource()))
					.toList(),
				meeting.getUnnamedParties().stream()
					.sorted(Comparator.comparingInt(MeetingUnnamedParty::getOrdinal))
					.map((u) -> new MeetingResponse.UnnamedParty(u.getDescription(),
							u.getCountry() != null ? u.getCountry().getCode() : null))
					.toList(),
				meeting.getDelegation() != null
						? new MeetingResponse.DelegationRef(meeting.getDelegation().getSlug(), meeting.getDelegation().getName())
						: null,
				meeting.getSummary(), meeting.getTopics(),
				meeting.getCitations().stream()
					.sorted(Comparator.comparingInt(Citation::getOrdinal))
					.map(MeetingRevisions::source)
					.toList(),
				meeting.getNotes());
	}

	private static SourceResponse source(Citation citation) {
		return SourceResponse.of(citation);
	}

}
