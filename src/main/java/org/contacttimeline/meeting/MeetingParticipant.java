package org.contacttimeline.meeting;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import org.hibernate.envers.Audited;

import org.contacttimeline.official.Official;

/**
 * A named official's part in a meeting; an official takes part at most once. Created through
 * {@link Meeting#replaceParticipants}.
 */
@Entity
@Audited
class MeetingParticipant {

	@EmbeddedId
	private Key id = new Key();

	@MapsId("meetingId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@MapsId("officialId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "official_id")
	private Official official;

	private String role;

	private String roleSource;

	private int ordinal;

	protected MeetingParticipant() {
	}

	MeetingParticipant(Meeting meeting, Official official, String role, String roleSource, int ordinal) {
		this.meeting = meeting;
		this.official = official;
		this.role = role;
		this.roleSource = roleSource;
		this.ordinal = ordinal;
	}

	void update(String role, String roleSource, int ordinal) {
		this.role = role;
		this.roleSource = roleSource;
		this.ordinal = ordinal;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public Official getOfficial() {
		return this.official;
	}

	public String getRole() {
		return this.role;
	}

	/** {@code given}, or {@code position} when the role is the title of the position covering the dates. */
	public String getRoleSource() {
		return this.roleSource;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	@Embeddable
	static class Key implements Serializable {

		private Long meetingId;

		private Long officialId;

		@Override
		public boolean equals(Object other) {
			return this == other || (other instanceof Key key && Objects.equals(this.meetingId, key.meetingId)
					&& Objects.equals(this.officialId, key.officialId));
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.meetingId, this.officialId);
		}

	}

}
