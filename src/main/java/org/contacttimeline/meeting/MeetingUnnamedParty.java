package org.contacttimeline.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.contacttimeline.country.Country;

/**
 * A party a source mentions without naming anyone ("his Russian counterparts"), of a country if known. Created
 * through {@link Meeting#replaceUnnamedParties}.
 */
@Entity
@Audited
class MeetingUnnamedParty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Country country;

	private int ordinal;

	protected MeetingUnnamedParty() {
	}

	MeetingUnnamedParty(Meeting meeting, String description, Country country, int ordinal) {
		this.meeting = meeting;
		this.description = description;
		this.country = country;
		this.ordinal = ordinal;
	}

	public Long getId() {
		return this.id;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public String getDescription() {
		return this.description;
	}

	/** The party's country, or {@code null} if the source does not say. */
	public Country getCountry() {
		return this.country;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

}
