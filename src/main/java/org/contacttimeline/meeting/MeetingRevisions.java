package org.contacttimeline.meeting;

import java.util.Comparator;
import java.util.Locale;

import org.contacttimeline.country.Country;
import org.contacttimeline.contact.ContactRow.MeetingRow;
import org.contacttimeline.contact.MeetingResponse;
import org.contacttimeline.official.Participation;
import org.contacttimeline.revision.AuditedResource;
import org.contacttimeline.revision.History;
import org.contacttimeline.source.Citation;

import org.springframework.stereotype.Component;

/**
 * The revision history of a meeting, each state shown as the API shows a meeting.
 */
@Component
class MeetingRevisions extends AuditedResource<Meeting, MeetingResponse> {

	MeetingRevisions(History history, MeetingRepository meetings) {
		super(history, "meeting", Meeting.class, meetings);
	}

	/** The state after a revision, mapped as the read side maps it; the change feed shows the same. */
	@Override
	public MeetingResponse state(Meeting meeting) {
		MeetingRow row = new MeetingRow(meeting.getId(), meeting.getSlug(), meeting.getTitle(),
				meeting.getDates().getStartDate(), meeting.getDates().getEndDate(),
				meeting.getDates().getDatePrecision().name().toLowerCase(Locale.ROOT),
				meeting.getStatus().value(),
				new MeetingResponse.Kind(meeting.getKind().getCode(), meeting.getKind().getLabel()),
				new MeetingResponse.Location(meeting.getCity(), meeting.getVenue(),
						meeting.getLocationCountry() != null ? meeting.getLocationCountry().getCode() : null),
				meeting.getDelegation() != null
						? new MeetingResponse.DelegationRef(meeting.getDelegation().getSlug(), meeting.getDelegation().getName())
						: null,
				meeting.getSummary(), meeting.getTopics(), meeting.getNotes(), meeting.getVersion());
		return row.toResponse(meeting.getCountries().stream().map(Country::getCode).sorted().toList(),
				Participation.responses(meeting.getParticipants()),
				meeting.getUnnamedParties().stream()
					.sorted(Comparator.comparingInt(MeetingUnnamedParty::getOrdinal))
					.map((u) -> new MeetingResponse.UnnamedParty(u.getDescription(),
							u.getCountry() != null ? u.getCountry().getCode() : null))
					.toList(),
				Citation.responses(meeting.getCitations()));
	}

}
