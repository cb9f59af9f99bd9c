package org.contacttimeline.source;

import java.util.Objects;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.contacttimeline.organization.Organization;

/**
 * A quote from a source supporting one claim about exactly one meeting, delegation or position. The subject owns
 * its citations: each kind of subject maps its own subclass onto the {@code citation} table (a meeting's
 * {@code MeetingCitation}, ...), so that sources know nothing of what cites them and the dependency points one way.
 */
@MappedSuperclass
@Audited
public abstract class Citation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	private String quote;

	private String claim;

	private int ordinal;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "according_to_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Organization accordingTo;

	protected Citation() {
	}

	protected Citation(Source source, String quote, String claim, int ordinal) {
		this.source = Objects.requireNonNull(source, "source");
		this.quote = quote;
		this.claim = claim;
		this.ordinal = ordinal;
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

	/** The source as cited for this fact, as the API shows it. */
	public SourceResponse toResponse() {
		return new SourceResponse(this.source.getPublisher(), this.source.getHeadline(), this.source.getAuthor(),
				this.source.getUrl(), this.source.getPublishedOn(), this.quote, this.claim,
				(this.accordingTo != null)
						? new SourceResponse.AccordingTo(this.accordingTo.getSlug(), this.accordingTo.getName()) : null);
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

	/** Who first reported what the quote says, or {@code null} when the source reports it itself. */
	public Organization getAccordingTo() {
		return this.accordingTo;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

}
