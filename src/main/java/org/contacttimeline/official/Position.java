package org.contacttimeline.official;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.contacttimeline.source.Citation;
import org.contacttimeline.source.Source;
import org.contacttimeline.organization.Organization;

/**
 * A title an official held, optionally in an organization, over a time whose ends may be unknown. Created and
 * removed through its {@link Official}.
 */
@Entity
@Audited
class Position extends OfficialPart {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Organization organization;

	private String title;

	private LocalDate startDate;

	private LocalDate endDate;

	private String note;

	private LocalDate attestedFrom;

	private LocalDate attestedTo;

	@OneToMany(mappedBy = "position", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<PositionCitation> citations = new ArrayList<>();

	protected Position() {
	}

	Position(Official official, Organization organization, String title, LocalDate startDate, LocalDate endDate,
			int ordinal) {
		super(official, ordinal);
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("the end date is before the start date");
		}
		this.organization = organization;
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
	}

	/** Says where the title or its dates come from when the cited quote does not give them. */
	public void annotate(String note) {
		this.note = note;
	}

	/**
	 * Records the days a source shows the title held, when its term is not known (both {@code null} for none).
	 * @throws IllegalArgumentException if only one is given or the last is before the first
	 */
	public void attest(LocalDate from, LocalDate to) {
		if ((from == null) != (to == null) || (from != null && to.isBefore(from))) {
			throw new IllegalArgumentException("the attested days need a first and a last day, in order");
		}
		this.attestedFrom = from;
		this.attestedTo = to;
	}

	/** Makes {@code citations}, in this order, the sources of the position (see {@link Citation#replace}). */
	void replaceCitations(List<Citation.New> citations) {
		Citation.replace(this.citations, citations, (cited, ordinal) -> new PositionCitation(this, cited, ordinal));
	}

	public String getNote() {
		return this.note;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	/** The first day a source shows the title held, or {@code null}. */
	public LocalDate getAttestedFrom() {
		return this.attestedFrom;
	}

	/** The last day a source shows the title held, or {@code null}. */
	public LocalDate getAttestedTo() {
		return this.attestedTo;
	}

	public List<? extends Citation> getCitations() {
		return Collections.unmodifiableList(this.citations);
	}

}
