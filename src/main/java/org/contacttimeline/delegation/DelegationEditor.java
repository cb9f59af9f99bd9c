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
import org.contacttimeline.official.OfficialRepository;
import org.contacttimeline.official.PositionRoles;
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

	private final OfficialRepository officials;

	private final Sources sources;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Editing<Delegation> editing;

	DelegationEditor(DelegationRepository delegations, OfficialRepository officials, Sources sources, EntityManager entityManager, ApplicationEventPublisher events,
			DataVersion version) {
		this.editing = new Editing<>("delegation", "/api/v1/delegations", delegations::lockBySlug, delegations::existsBySlug, version);
		this.events = events;
		this.delegations = delegations;
		this.officials = officials;
		this.sources = sources;
		this.entityManager = entityManager;
	}

	/** Creates a delegation and returns its slug. */
	String create(DelegationRequest request) {
		Resolved resolved = resolve(request);
		String slug = this.editing.newSlug(request.slug(), generatedSlug(request, resolved.span()));
		DateSpan span = resolved.span();
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
		Country sending = country(request.sendingCountry(), "sendingCountry", errors);
		Country host = country(request.hostCountry(), "hostCountry", errors);
		Official head = null;
		if (request.head() != null) {
			head = official(request.head().officialSlug(), "head", errors);
		}
		List<Delegation.NewMember> members = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<DelegationRequest.Member> requested = request.members() != null ? request.members() : List.of();
		for (int i = 0; i < requested.size(); i++) {
			String field = "members[" + i + "].official";
			String officialSlug = requested.get(i).officialSlug();
			if (officialSlug != null && !seen.add(officialSlug)) {
				errors.add(new FieldError(field, "lists this official a second time; give each member once", officialSlug));
				continue;
			}
			Official member = official(officialSlug, field, errors);
			if (member != null) {
				PositionRoles.Role role = PositionRoles.resolve(member, requested.get(i).role(),
						requested.get(i).roleSource(), span != null ? span.start() : null,
						span != null ? span.end() : null, span != null, "members[" + i + "].role", errors);
				if (role != null) {
					members.add(new Delegation.NewMember(member, role.role(), role.source()));
				}
			}
		}
		List<Delegation.NewCitation> citations = new ArrayList<>();
		List<Source> cited = new ArrayList<>();
		for (int i = 0; i < request.sources().size(); i++) {
			CitationRequest citation = request.sources().get(i);
			Source source = this.sources.resolve(citation, "sources[" + i + "]", errors);
			if (source != null) {
				citations.add(new Delegation.NewCitation(source, citation.quote(), citation.claim(),
						this.sources.accordingTo(citation, "sources[" + i + "]", errors)));
				cited.add(source);
			}
		}
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

	private Official official(String slug, String field, List<FieldError> errors) {
		if (slug == null) {
			errors.add(new FieldError(field, "is required: the slug of the official (see /api/v1/officials)", null));
			return null;
		}
		Official official = this.officials.findBySlug(slug).orElse(null);
		if (official == null) {
			errors.add(new FieldError(field, "is not the slug of a known official (see /api/v1/officials)", slug));
		}
		return official;
	}

	private Country country(String code, String field, List<FieldError> errors) {
		String resolved = CountryCodes.require(code, field, errors);
		return (resolved != null) ? this.entityManager.getReference(Country.class, resolved) : null;
	}

	private static String generatedSlug(DelegationRequest request, DateSpan span) {
		String base = Slugs.of(request.name(), "delegation");
		return span.start() != null ? base + "-" + span.start() : base;
	}

	private record Resolved(DateSpan span, Country sendingCountry, Country hostCountry, Official head,
			List<Delegation.NewMember> members, List<Delegation.NewReportedDates> reportedDates,
			List<Delegation.NewCitation> citations) {
	}

}
