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
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.contacttimeline.country.Country;
import org.contacttimeline.official.Official;
import org.contacttimeline.organization.Organization;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.Source;
import org.contacttimeline.time.DatePrecision;

import org.contacttimeline.editing.Editable;

/**
 * A delegation one country sends to another: who went, led by whom, when (as precisely as known), and the
 * sources for it.
 */
@Entity
@Audited
public class Delegation implements Editable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

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

	private LocalDate startDate;

	private LocalDate endDate;

	private DatePrecision datePrecision;

	private String purpose;

	private String notes;

	@Version
	private long version;

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
		this.slug = slug;
		this.name = name;
		this.sendingCountry = sendingCountry;
		this.hostCountry = hostCountry;
		reschedule(startDate, endDate, datePrecision);
	}

	public void rename(String name) {
		this.name = name;
	}

	/** Gives the delegation another slug (checked for uniqueness by the caller and the database). */
	@Override
	public void reslug(String slug) {
		this.slug = slug;
	}

	/**
	 * @throws IllegalArgumentException if the dates do not fit the precision
	 */
	public void reschedule(LocalDate startDate, LocalDate endDate, DatePrecision datePrecision) {
		datePrecision.requireConsistent(startDate, endDate);
		this.startDate = startDate;
		this.endDate = endDate;
		this.datePrecision = datePrecision;
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

	/**
	 * Makes {@code members}, in this order, the delegation's members. Officials already in it keep their row and
	 * take the new role and place, so that an edit never inserts a key it also deletes.
	 * @throws IllegalArgumentException if an official appears twice
	 */
	public void replaceMembers(List<NewMember> members) {
		Map<Long, DelegationMember> existing = new HashMap<>();
		this.members.forEach((member) -> existing.put(member.getOfficial().getId(), member));
		Set<Long> seen = new HashSet<>();
		List<DelegationMember> replaced = new ArrayList<>();
		for (NewMember member : members) {
			Long officialId = member.official().getId();
			if (!seen.add(officialId)) {
				throw new IllegalArgumentException("official " + member.official().getSlug() + " is listed twice");
			}
			DelegationMember kept = existing.get(officialId);
			if (kept != null) {
				kept.update(member.role(), member.roleSource(), replaced.size());
				replaced.add(kept);
			}
			else {
				replaced.add(new DelegationMember(this, member.official(), member.role(), member.roleSource(),
						replaced.size()));
			}
		}
		this.members.clear();
		this.members.addAll(replaced);
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

	/** Adds a citation about this delegation after the existing ones. */
	private DelegationCitation cite(Source source, String quote, String claim) {
		DelegationCitation citation = new DelegationCitation(this, source, quote, claim, this.citations.size());
		this.citations.add(citation);
		return citation;
	}

	/**
	 * Makes {@code citations}, in this order, the sources of the delegation. The citations that already lead the
	 * list in the same order keep their rows, so that sending back what was read changes nothing.
	 */
	public void replaceCitations(List<NewCitation> citations) {
		int kept = 0;
		while (kept < this.citations.size() && kept < citations.size() && same(this.citations.get(kept), citations.get(kept))) {
			kept++;
		}
		while (this.citations.size() > kept) {
			this.citations.remove(this.citations.size() - 1);
		}
		for (NewCitation citation : citations.subList(kept, citations.size())) {
			cite(citation.source(), citation.quote(), citation.claim()).attributeTo(citation.accordingTo());
		}
	}

	private static boolean same(Citation citation, NewCitation wanted) {
		return Objects.equals(citation.getSource().getId(), wanted.source().getId())
				&& Objects.equals(citation.getQuote(), wanted.quote()) && Objects.equals(citation.getClaim(), wanted.claim())
				&& Objects.equals(citation.getAccordingTo() != null ? citation.getAccordingTo().getId() : null,
						wanted.accordingTo() != null ? wanted.accordingTo().getId() : null);
	}


	public Long getId() {
		return this.id;
	}

	@Override
	public String getSlug() {
		return this.slug;
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

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public String getNotes() {
		return this.notes;
	}

	@Override
	public long getVersion() {
		return this.version;
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
	 * A member to put in the delegation with {@link #replaceMembers}.
	 * @param official a saved official
	 * @param role what they did in the delegation, not blank
	 * @param roleSource {@code given}, or {@code position} when the role is the title of the position covering the dates
	 */
	public record NewMember(Official official, String role, String roleSource) {
	}

	/**
	 * Dates a source gives, to put in the delegation with {@link #replaceReportedDates}.
	 * @param source a saved source
	 * @param quote the words of the source that give the dates, not blank
	 */
	public record NewReportedDates(LocalDate startDate, LocalDate endDate, Source source, String quote, String note) {
	}

	/**
	 * A citation to put in the delegation with {@link #replaceCitations}.
	 * @param source a saved source
	 * @param quote the words of the source that support the delegation, not blank
	 */
	public record NewCitation(Source source, String quote, String claim, Organization accordingTo) {
	}

}
