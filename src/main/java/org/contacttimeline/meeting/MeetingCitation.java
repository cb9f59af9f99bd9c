package org.contacttimeline.meeting;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;

import org.contacttimeline.source.Citation;

/**
 * A citation supporting a meeting: the meeting owns it (see {@link Citation}).
 */
@Entity
@Table(name = "citation")
@Audited
@AuditTable("citation_aud")
class MeetingCitation extends Citation {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	protected MeetingCitation() {
	}

	MeetingCitation(Meeting meeting, New cited, int ordinal) {
		super(cited, ordinal);
		this.meeting = Objects.requireNonNull(meeting, "meeting");
	}

}
