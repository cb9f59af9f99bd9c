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

	protected Citation() {
	}

	protected Citation(Source source, String quote, String claim, int ordinal) {
		this.source = Objects.requireNonNull(source, "source");
		this.quote = quote;
		this.claim = claim;
		this.ordinal = ordinal;
	}

	public void reorder(int ordinal) {
		this.ordinal = ordinal;
	}

	/** The source as cited for this fact, as the API shows it. */
	public SourceResponse toResponse() {
		return new SourceResponse(this.source.getPublisher(), this.source.getHeadline(), this.source.getAuthor(),
				this.source.getUrl(), this.source.getPublishedOn(), this.quote, this.claim);
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

	public int getOrdinal() {
		return this.ordinal;
	}

}
