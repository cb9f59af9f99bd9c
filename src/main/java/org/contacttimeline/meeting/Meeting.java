package org.contacttimeline.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.contacttimeline.contact.MeetingStatus;
import org.contacttimeline.country.Country;
import org.contacttimeline.delegation.Delegation;
import org.contacttimeline.official.Official;
import org.contacttimeline.official.Participation;
import org.contacttimeline.organization.Organization;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.Source;
import org.contacttimeline.time.DatePrecision;
import org.contacttimeline.time.Dates;

import org.contacttimeline.editing.EditableEntity;

/**
 * A contact between countries: who met, where and when (as precisely as known), what about, and the sources for
 * it. Its countries are every side of the meeting, for the country and country-pair filters.
 */
@Entity
@Audited
class Meeting extends EditableEntity {

	private String title;

	@Embedded
	private Dates dates;

	private MeetingStatus status;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "kind_code")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private MeetingKind kind;

	private String city;

	private String venue;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "location_country")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Country locationCountry;

	private String summary;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> topics = new ArrayList<>();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "delegation_id")
	private Delegation delegation;

	private String notes;

	@ManyToMany
	@JoinTable(name = "meeting_country", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "country_code"))
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@OptimisticLock(excluded = false)
	private Set<Country> countries = new LinkedHashSet<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	@OptimisticLock(excluded = false)
	private List<MeetingParticipant> participants = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	@OptimisticLock(excluded = false)
	private List<MeetingUnnamedParty> unnamedParties = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	@OptimisticLock(excluded = false)
	private List<MeetingCitation> citations = new ArrayList<>();

	protected Meeting() {
	}

	/**
	 * @param startDate the first day, {@code null} exactly when {@code datePrecision} is unknown
	 * @param endDate the last day, {@code null} exactly when {@code datePrecision} is unknown
	 * @throws IllegalArgumentException if the dates do not fit the precision or, for a month or a year, do not span
	 * whole months or years
	 */
	public Meeting(String slug, String title, MeetingKind kind, MeetingStatus status, LocalDate startDate,
			LocalDate endDate, DatePrecision datePrecision) {
		super(slug);
		this.title = title;
		this.kind = kind;
		this.status = status;
		reschedule(startDate, endDate, datePrecision);
	}

	public void retitle(String title) {
		this.title = title;
	}

	public void reclassify(MeetingKind kind, MeetingStatus status) {
		this.kind = kind;
		this.status = status;
	}

	/**
	 * Sets the dates; a month- or year-precise meeting spans whole months or whole years.
	 * @throws IllegalArgumentException if the dates do not fit the precision
	 */
	public void reschedule(LocalDate startDate, LocalDate endDate, DatePrecision datePrecision) {
		this.dates = Dates.ofWholePeriods(startDate, endDate, datePrecision);
	}

	/** Sets where the meeting took place; any argument may be {@code null} when not known. */
	public void locate(String city, String venue, Country locationCountry) {
		this.city = city;
		this.venue = venue;
		this.locationCountry = locationCountry;
	}

	public void describe(String summary, List<String> topics, String notes) {
		this.summary = summary;
		this.topics = new ArrayList<>(topics);
		this.notes = notes;
	}

	/** Ties the meeting to the visit of {@code delegation}, or to none with {@code null}. */
	public void assignDelegation(Delegation delegation) {
		this.delegation = delegation;
	}

	/** Makes {@code countries} every side of the meeting. */
	public void replaceCountries(Collection<Country> countries) {
		this.countries.retainAll(countries);
		this.countries.addAll(countries);
	}

	/** Makes {@code participants}, in this order, the named participants (see {@link Participation#replace}). */
	public void replaceParticipants(List<Participation.Part> participants) {
		Participation.replace(this.participants, participants, (part, ordinal) -> new MeetingParticipant(this, part, ordinal));
	}

	/** Makes {@code parties}, in this order, the parties the sources mention without naming anyone. */
	public void replaceUnnamedParties(List<NewUnnamedParty> parties) {
		this.unnamedParties.clear();
		for (NewUnnamedParty party : parties) {
			this.unnamedParties
				.add(new MeetingUnnamedParty(this, party.description(), party.country(), this.unnamedParties.size()));
		}
	}

	/** Makes {@code citations}, in this order, the sources of the meeting (see {@link Citation#replace}). */
	public void replaceCitations(List<Citation.New> citations) {
		Citation.replace(this.citations, citations, (cited, ordinal) -> new MeetingCitation(this, cited, ordinal));
	}

	public String getTitle() {
		return this.title;
	}

	public Dates getDates() {
		return this.dates;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public String getCity() {
		return this.city;
	}

	public String getVenue() {
		return this.venue;
	}

	public Country getLocationCountry() {
		return this.locationCountry;
	}

	public String getSummary() {
		return this.summary;
	}

	public List<String> getTopics() {
		return Collections.unmodifiableList(this.topics);
	}

	public Delegation getDelegation() {
		return this.delegation;
	}

	public String getNotes() {
		return this.notes;
	}

	public Set<Country> getCountries() {
		return Collections.unmodifiableSet(this.countries);
	}

	public List<MeetingParticipant> getParticipants() {
		return Collections.unmodifiableList(this.participants);
	}

	public List<MeetingUnnamedParty> getUnnamedParties() {
		return Collections.unmodifiableList(this.unnamedParties);
	}

	public List<? extends Citation> getCitations() {
		return Collections.unmodifiableList(this.citations);
	}

	/**
	 * A party to put in the meeting with {@link #replaceUnnamedParties}.
	 * @param description how the source describes them, not blank
	 * @param country their country, or {@code null} if the source does not say
	 */
	public record NewUnnamedParty(String description, Country country) {
	}

}
