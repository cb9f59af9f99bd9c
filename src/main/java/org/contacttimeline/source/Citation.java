package org.contacttimeline.source;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.contacttimeline.delegation.Delegation;
import org.contacttimeline.meeting.Meeting;
import org.contacttimeline.official.Organization;
import org.contacttimeline.official.Position;

/**
 * A quote from a source supporting one claim about exactly one meeting, delegation or position. The factories
 * make sure exactly one of the three is set, as the schema requires; meetings and delegations create theirs
 * through {@code cite(...)}.
 */
@Entity
@Audited
public class Citation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	private String quote;

	private String claim;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "delegation_id")
	private Delegation delegation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "position_id")
	private Position position;

	private int ordinal;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "according_to_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Organization accordingTo;

	protected Citation() {
	}

	private Citation(Source source, String quote, String claim, int ordinal) {
		this.source = Objects.requireNonNull(source, "source");
		this.quote = quote;
		this.claim = claim;
		this.ordinal = ordinal;
	}

	public static Citation aboutMeeting(Meeting meeting, Source source, String quote, String claim, int ordinal) {
		Citation citation = new Citation(source, quote, claim, ordinal);
		citation.meeting = Objects.requireNonNull(meeting, "meeting");
		return citation;
	}

	public static Citation aboutDelegation(Delegation delegation, Source source, String quote, String claim,
			int ordinal) {
		Citation citation = new Citation(source, quote, claim, ordinal);
		citation.delegation = Objects.requireNonNull(delegation, "delegation");
		return citation;
	}

	public static Citation aboutPosition(Position position, Source source, String quote, String claim, int ordinal) {
		Citation citation = new Citation(source, quote, claim, ordinal);
		citation.position = Objects.requireNonNull(position, "position");
		return citation;
	}

	/**
	 * Says who first reported what the source relays ("according to Russia's foreign ministry"), or that the source
	 * reports it itself, with {@code null}.
	 * @return this citation
	 */
	public Citation attributeTo(Organization accordingTo) {
		this.accordingTo = accordingTo;
		return this;
	}

	public void reorder(int ordinal) {
		this.ordinal = ordinal;
	}

	public Long getId() {
		return this.id;
	}

	public Source getSource() {
		return this.source;
	}

	public String getQuote() {
		return this.quote;
	}

	public String getClaim() {
		return this.claim;
	}

	/** The meeting this citation supports, or {@code null} if it supports a delegation or a position. */
	public Meeting getMeeting() {
		return this.meeting;
	}

	/** The delegation this citation supports, or {@code null} if it supports a meeting or a position. */
	public Delegation getDelegation() {
		return this.delegation;
	}

	/** The position this citation supports, or {@code null} if it supports a meeting or a delegation. */
	public Position getPosition() {
		return this.position;
	}

	/** Who first reported what the quote says, or {@code null} when the source reports it itself. */
	public Organization getAccordingTo() {
		return this.accordingTo;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

}
