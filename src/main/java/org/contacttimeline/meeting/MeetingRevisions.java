package org.contacttimeline.meeting;

import java.util.Comparator;
import java.util.Locale;

import org.contacttimeline.country.Country;
import org.contacttimeline.contact.ContactRow.MeetingRow;
import org.contacttimeline.contact.MeetingResponse;
import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.revision.AuditedResource;
import org.contacttimeline.revision.History;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.web.Page;
import org.contacttimeline.source.Citation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision history of a meeting, each state shown as the API shows a meeting.
 */
@Component
class MeetingRevisions implements AuditedResource<Meeting> {

	private final History history;

	private final MeetingRepository meetings;

	MeetingRevisions(History history, MeetingRepository meetings) {
		this.history = history;
		this.meetings = meetings;
	}

	@Transactional(readOnly = true, transactionManager = "transactionManager")
	Page<RevisionResponse<MeetingResponse>> of(String slug) {
		return this.history.of(Meeting.class, "meeting", slug, this::state, this.meetings::existsBySlug);
	}

	@Override
	public String type() {
		return "meeting";
	}

	@Override
	public Class<Meeting> audited() {
		return Meeting.class;
	}

	/** The state after a revision, mapped as the read side maps it; the change feed shows the same. */
	@Override
	public MeetingResponse state(Meeting meeting) {
		MeetingRow row = new MeetingRow(meeting.getId(), meeting.getSlug(), meeting.getTitle(), meeting.getStartDate(),
				meeting.getEndDate(), meeting.getDatePrecision().name().toLowerCase(Locale.ROOT),
				meeting.getStatus().value(),
				new MeetingResponse.Kind(meeting.getKind().getCode(), meeting.getKind().getLabel()),
				new MeetingResponse.Location(meeting.getCity(), meeting.getVenue(),
						meeting.getLocationCountry() != null ? meeting.getLocationCountry().getCode() : null),
				meeting.getDelegation() != null
						? new MeetingResponse.DelegationRef(meeting.getDelegation().getSlug(), meeting.getDelegation().getName())
						: null,
				meeting.getSummary(), meeting.getTopics(), meeting.getNotes(), meeting.getVersion());
		return row.toResponse(meeting.getCountries().stream().map(Country::getCode).sorted().toList(),
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
				meeting.getCitations().stream()
					.sorted(Comparator.comparingInt(Citation::getOrdinal))
					.map(Citation::toResponse)
					.toList());
	}


}
