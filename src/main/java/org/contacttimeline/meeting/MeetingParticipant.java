package org.contacttimeline.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import org.hibernate.envers.Audited;

import org.contacttimeline.official.Participation;

/** A named official's part in a meeting. Created through {@link Meeting#replaceParticipants}. */
@Entity
@Audited
class MeetingParticipant extends Participation {

	@MapsId("contactId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	protected MeetingParticipant() {
	}

	MeetingParticipant(Meeting meeting, Part part, int ordinal) {
		super(part, ordinal);
		this.meeting = meeting;
	}

}
