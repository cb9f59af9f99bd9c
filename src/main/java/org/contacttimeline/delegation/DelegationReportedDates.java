package org.contacttimeline.delegation;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import org.contacttimeline.source.Source;

/**
 * Dates one source gives for a delegation's visit, with the quote that gives them. Where sources disagree every
 * variant is kept. Created through {@link Delegation#reportDates}.
 */
@Entity
@Audited
class DelegationReportedDates {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "delegation_id")
	private Delegation delegation;

	private LocalDate startDate;

	private LocalDate endDate;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	private String quote;

	private String note;

	protected DelegationReportedDates() {
	}

	DelegationReportedDates(Delegation delegation, LocalDate startDate, LocalDate endDate, Source source,
			String quote, String note) {
		if (endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("the end date is before the start date");
		}
		this.delegation = delegation;
		this.startDate = startDate;
		this.endDate = endDate;
		this.source = source;
		this.quote = quote;
		this.note = note;
	}

	boolean sameAs(Delegation.NewReportedDates other) {
		return this.startDate.equals(other.startDate()) && this.endDate.equals(other.endDate())
				&& Objects.equals(this.source.getId(), other.source().getId()) && Objects.equals(this.quote, other.quote())
				&& Objects.equals(this.note, other.note());
	}

	public Long getId() {
		return this.id;
	}

	public Delegation getDelegation() {
		return this.delegation;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public Source getSource() {
		return this.source;
	}

	public String getQuote() {
		return this.quote;
	}

	public String getNote() {
		return this.note;
	}

}
