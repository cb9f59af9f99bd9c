package org.contacttimeline.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.contacttimeline.country.Country;
import org.contacttimeline.official.Official;
import org.contacttimeline.official.Participation;
import org.contacttimeline.organization.Organization;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.Source;
import org.contacttimeline.time.DatePrecision;
import org.contacttimeline.time.Dates;

import org.contacttimeline.editing.EditableEntity;

/**
 * A delegation one country sends to another: who went, led by whom, when (as precisely as known), and the
 * sources for it.
 */
@Entity
@Audited
public class Delegation extends EditableEntity {

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "sending_country")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Country sendingCountry;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "host_country")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Country hostCountry;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "head_official_id")
	private Official head;

	@Embedded
	private Dates dates;

	private String purpose;

	private String notes;

	// Members, reported dates and citations are part of the delegation: changing them makes a new version (and
	// ETag), which Hibernate does not do by itself for collections mapped by the other side.
	@OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	@OptimisticLock(excluded = false)
	private List<DelegationMember> members = new ArrayList<>();

	@OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startDate, endDate, id")
	@OptimisticLock(excluded = false)
	private List<DelegationReportedDates> reportedDates = new ArrayList<>();

	@OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	@OptimisticLock(excluded = false)
	private List<DelegationCitation> citations = new ArrayList<>();

	protected Delegation() {
	}

	/**
	 * @param startDate the first day, {@code null} exactly when {@code datePrecision} is unknown
	 * @param endDate the last day, {@code null} exactly when {@code datePrecision} is unknown
	 * @throws IllegalArgumentException if the dates do not fit the precision
	 */
	public Delegation(String slug, String name, Country sendingCountry, Country hostCountry, LocalDate startDate,
			LocalDate endDate, DatePrecision datePrecision) {
		super(slug);
		this.name = name;
		this.sendingCountry = sendingCountry;
		this.hostCountry = hostCountry;
		reschedule(startDate, endDate, datePrecision);
	}

	public void rename(String name) {
		this.name = name;
	}

	/**
	 * @throws IllegalArgumentException if the dates do not fit the precision
	 */
	public void reschedule(LocalDate startDate, LocalDate endDate, DatePrecision datePrecision) {
		this.dates = Dates.of(startDate, endDate, datePrecision);
	}

	public void sendBetween(Country sendingCountry, Country hostCountry) {
		this.sendingCountry = sendingCountry;
		this.hostCountry = hostCountry;
	}

	/** Makes {@code head} (or nobody, with {@code null}) the head of the delegation. */
	public void appointHead(Official head) {
		this.head = head;
	}

	public void describe(String purpose, String notes) {
		this.purpose = purpose;
		this.notes = notes;
	}

	/** Makes {@code members}, in this order, the delegation's members (see {@link Participation#replace}). */
	public void replaceMembers(List<Participation.Part> members) {
		Participation.replace(this.members, members, (part, ordinal) -> new DelegationMember(this, part, ordinal));
	}

	/** Records the dates a source gives for the visit, next to any other source's variant. */
	public DelegationReportedDates reportDates(LocalDate startDate, LocalDate endDate, Source source, String quote,
			String note) {
		DelegationReportedDates reported = new DelegationReportedDates(this, startDate, endDate, source, quote, note);
		this.reportedDates.add(reported);
		return reported;
	}

	public void withdrawReportedDates(DelegationReportedDates reported) {
		this.reportedDates.remove(reported);
	}

	/**
	 * Makes {@code reportedDates}, in this order, the dates the sources report. The variants that already lead the
	 * list in the same order keep their rows, so that sending back what was read changes nothing.
	 * @throws IllegalArgumentException if a variant ends before it starts
	 */
	public void replaceReportedDates(List<NewReportedDates> reportedDates) {
		// the read model lists variants in the order they were recorded, which is the order of their ids
		List<DelegationReportedDates> current = new ArrayList<>(this.reportedDates);
		current.sort(Comparator.comparing(DelegationReportedDates::getId, Comparator.nullsLast(Comparator.naturalOrder())));
		int kept = 0;
		while (kept < current.size() && kept < reportedDates.size() && current.get(kept).sameAs(reportedDates.get(kept))) {
			kept++;
		}
		this.reportedDates.removeAll(current.subList(kept, current.size()));
		for (NewReportedDates reported : reportedDates.subList(kept, reportedDates.size())) {
			reportDates(reported.startDate(), reported.endDate(), reported.source(), reported.quote(), reported.note());
		}
	}

	/** Makes {@code citations}, in this order, the sources of the delegation (see {@link Citation#replace}). */
	public void replaceCitations(List<Citation.New> citations) {
		Citation.replace(this.citations, citations, (cited, ordinal) -> new DelegationCitation(this, cited, ordinal));
	}

	public String getName() {
		return this.name;
	}

	public Country getSendingCountry() {
		return this.sendingCountry;
	}

	public Country getHostCountry() {
		return this.hostCountry;
	}

	public Official getHead() {
		return this.head;
	}

	public Dates getDates() {
		return this.dates;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public String getNotes() {
		return this.notes;
	}

	public List<DelegationMember> getMembers() {
		return Collections.unmodifiableList(this.members);
	}

	public List<DelegationReportedDates> getReportedDates() {
		return Collections.unmodifiableList(this.reportedDates);
	}

	public List<? extends Citation> getCitations() {
		return Collections.unmodifiableList(this.citations);
	}

	/**
	 * Dates a source gives, to put in the delegation with {@link #replaceReportedDates}.
	 * @param source a saved source
	 * @param quote the words of the source that give the dates, not blank
	 */
	public record NewReportedDates(LocalDate startDate, LocalDate endDate, Source source, String quote, String note) {
	}

}
