package org.contacttimeline.delegation;

import org.contacttimeline.country.CountryCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.contacttimeline.country.Countries;
import org.contacttimeline.country.Country;
import org.contacttimeline.official.Official;
import org.contacttimeline.official.Participants;
import org.contacttimeline.official.Participation;
import org.contacttimeline.country.Countries;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.CitationRequest;
import org.contacttimeline.source.Source;
import org.contacttimeline.source.Sources;
import org.contacttimeline.time.DateSpan;
import org.contacttimeline.db.DataVersion;
import org.contacttimeline.editing.Editing;
import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.editing.Slugs;
import org.contacttimeline.web.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, replaces and deletes delegations. Every reference in a request is checked before anything is written,
 * and the whole write is one transaction: a rejected request changes nothing.
 */
@Service
// READ COMMITTED, not the pool's REPEATABLE READ: an editor who waited for another's row lock reads the row as that
// one left it (and gets a 412 for a stale ETag) instead of a serialization failure
@Transactional(isolation = Isolation.READ_COMMITTED)
class DelegationEditor {

	private final DelegationRepository delegations;

	private final Participants participants;

	private final Countries countries;

	private final Sources sources;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Editing<Delegation> editing;

	DelegationEditor(DelegationRepository delegations, Participants participants, Countries countries, Sources sources, EntityManager entityManager, ApplicationEventPublisher events,
			DataVersion version) {
		this.editing = new Editing<>("delegation", "/api/v1/delegations", delegations, version);
		this.events = events;
		this.delegations = delegations;
		this.participants = participants;
		this.countries = countries;
		this.sources = sources;
		this.entityManager = entityManager;
	}

	/** Creates a delegation and returns its slug. */
	String create(DelegationRequest request) {
		Resolved resolved = resolve(request);
		DateSpan span = resolved.span();
		String slug = this.editing.newSlug(request.slug(), Slugs.of(request.name(), "delegation", span.start()));
		Delegation delegation = new Delegation(slug, request.name(), resolved.sendingCountry(), resolved.hostCountry(),
				span.start(), span.end(), span.precision());
		apply(delegation, request, resolved);
		this.delegations.save(delegation);
		this.entityManager.flush();
		return slug;
	}

	/** Replaces a delegation whole, if {@code ifMatch} names its current version, and returns its (new) slug. */
	String replace(String slug, String ifMatch, DelegationRequest request) {
		Delegation delegation = this.editing.lockAt(slug, ifMatch);
		Resolved resolved = resolve(request);
		this.editing.reslug(delegation, request.slug());
		delegation.rename(request.name());
		delegation.sendBetween(resolved.sendingCountry(), resolved.hostCountry());
		delegation.reschedule(resolved.span().start(), resolved.span().end(), resolved.span().precision());
		apply(delegation, request, resolved);
		this.entityManager.flush();
		return delegation.getSlug();
	}

	/**
	 * Deletes a delegation if {@code ifMatch} names its current version; its meetings stay, belonging to no
	 * delegation, and its history stays.
	 */
	void delete(String slug, String ifMatch) {
		Delegation delegation = this.editing.lockAt(slug, ifMatch);
		// The foreign key would set the meetings' delegation to null by itself, but unseen by the meetings' history
		// and versions: the meetings let go of it first, so that both record the change.
		this.events.publishEvent(new DelegationDeleting(delegation.getId()));
		this.delegations.delete(delegation);
		this.entityManager.flush();
	}

	private void apply(Delegation delegation, DelegationRequest request, Resolved resolved) {
		delegation.appointHead(resolved.head());
		delegation.describe(request.purpose(), request.notes());
		delegation.replaceMembers(resolved.members());
		delegation.replaceReportedDates(resolved.reportedDates());
		delegation.replaceCitations(resolved.citations());
	}

	/** Resolves every reference of the request, or throws with every error found. */
	private Resolved resolve(DelegationRequest request) {
		List<FieldError> errors = new ArrayList<>();
		DateSpan span = DateSpan.resolve(request.startDate(), request.endDate(), request.datePrecision(), errors);
		Country sending = this.countries.reference(request.sendingCountry(), "sendingCountry", errors);
		Country host = this.countries.reference(request.hostCountry(), "hostCountry", errors);
		Official head = null;
		if (request.head() != null) {
			head = this.participants.official(request.head().officialSlug(), "head", errors);
		}
		List<Participation.Part> members = this.participants.resolve(
				request.members() != null ? request.members() : List.of(), "members", span, errors);
		List<Citation.New> citations = this.sources.cite(request.sources(), "sources", errors);
		List<Source> cited = citations.stream().map(Citation.New::source).toList();
		List<Delegation.NewReportedDates> reportedDates = new ArrayList<>();
		List<DelegationRequest.ReportedDates> variants = request.reportedDates() != null ? request.reportedDates() : List.of();
		for (int i = 0; i < variants.size(); i++) {
			DelegationRequest.ReportedDates variant = variants.get(i);
			String field = "reportedDates[" + i + "]";
			LocalDate end = variant.endDate() != null ? variant.endDate() : variant.startDate();
			if (end.isBefore(variant.startDate())) {
				errors.add(new FieldError(field + ".endDate", "is before startDate (" + variant.startDate()
						+ "); the end is the last day, inclusive", end.toString()));
			}
			Source source = citedAlike(variant, cited);
			if (source == null) {
				source = this.sources.resolve(variant.citation(), field, errors);
			}
			if (source != null) {
				reportedDates.add(new Delegation.NewReportedDates(variant.startDate(), end, source, variant.quote(), variant.note()));
			}
		}
		if (!errors.isEmpty()) {
			throw Problems.unprocessable(errors);
		}
		return new Resolved(span, sending, host, head, members, reportedDates, citations);
	}

	/**
	 * The cited source a variant described only by publisher and headline (as a response shows it) names, so that
	 * a delegation read and sent back keeps its sources.
	 */
	private static Source citedAlike(DelegationRequest.ReportedDates variant, List<Source> cited) {
		if (variant.source() != null || variant.publisher() == null || variant.author() != null
				|| variant.url() != null || variant.publishedOn() != null) {
			return null;
		}
		return cited.stream()
			.filter((source) -> source.getPublisher().equals(variant.publisher())
					&& Objects.equals(source.getHeadline(), variant.headline()))
			.findFirst()
			.orElse(null);
	}

	private record Resolved(DateSpan span, Country sendingCountry, Country hostCountry, Official head,
			List<Participation.Part> members, List<Delegation.NewReportedDates> reportedDates,
			List<Citation.New> citations) {
	}

}
