package org.contacttimeline.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

	protected Citation(New cited, int ordinal) {
		this.source = Objects.requireNonNull(cited.source(), "source");
		this.quote = cited.quote();
		this.claim = cited.claim();
		this.accordingTo = cited.accordingTo();
		this.ordinal = ordinal;
	}

	/**
	 * Makes {@code wanted}, in this order, the citations in {@code current} (a subject's own list). The citations that
	 * already lead the list in the same order keep their rows, so that sending back what was read changes nothing.
	 * @param make a new citation of the subject, for a cited fact and its place
	 */
	public static <C extends Citation> void replace(List<C> current, List<New> wanted, Maker<C> make) {
		int kept = 0;
		while (kept < current.size() && kept < wanted.size() && ((Citation) current.get(kept)).is(wanted.get(kept))) {
			kept++;
		}
		while (current.size() > kept) {
			current.remove(current.size() - 1);
		}
		for (New cited : wanted.subList(kept, wanted.size())) {
			current.add(make.make(cited, current.size()));
		}
	}

	private boolean is(New wanted) {
		return Objects.equals(this.source.getId(), wanted.source().getId()) && Objects.equals(this.quote, wanted.quote())
				&& Objects.equals(this.claim, wanted.claim())
				&& Objects.equals(this.accordingTo != null ? this.accordingTo.getId() : null,
						wanted.accordingTo() != null ? wanted.accordingTo().getId() : null);
	}

	/**
	 * A subject's citations as the API shows them, in the order the read side lists them (their place, then their
	 * id), so that a revision's state reads as the resource does.
	 */
	public static List<SourceResponse> responses(Collection<? extends Citation> citations) {
		return citations.stream()
			.sorted(Comparator.comparingInt(Citation::getOrdinal).thenComparing(Citation::getId))
			.map(Citation::toResponse)
			.toList();
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

	/**
	 * A cited fact to put in a subject with {@link #replace}.
	 * @param accordingTo who first reported what the source relays ("according to Russia's foreign ministry"), or
	 * {@code null} when the source reports it itself
	 */
	public record New(Source source, String quote, String claim, Organization accordingTo) {
	}

	/** Makes a subject's citation for a cited fact at a place in its list. */
	@FunctionalInterface
	public interface Maker<C extends Citation> {

		C make(New cited, int ordinal);

	}

}
