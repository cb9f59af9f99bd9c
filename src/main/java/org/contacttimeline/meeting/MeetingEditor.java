package org.contacttimeline.meeting;

import org.contacttimeline.source.Citation;
import org.contacttimeline.country.CountryCodes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.contacttimeline.contact.MeetingKinds;
import org.contacttimeline.contact.MeetingStatus;
import org.contacttimeline.country.Countries;
import org.contacttimeline.country.Country;
import org.contacttimeline.delegation.Delegation;
import org.contacttimeline.delegation.DelegationRepository;
import org.contacttimeline.official.Official;
import org.contacttimeline.official.Participants;
import org.contacttimeline.official.Participation;
import org.contacttimeline.country.Countries;
import org.contacttimeline.source.CitationRequest;
import org.contacttimeline.source.Source;
import org.contacttimeline.source.Sources;
import org.contacttimeline.time.DateSpan;
import org.contacttimeline.db.DataVersion;
import org.contacttimeline.editing.Editing;
import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.editing.Slugs;
import org.contacttimeline.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, replaces and deletes meetings. Every reference in a request is checked before anything is written, and
 * the whole write is one transaction: a rejected request changes nothing.
 */
@Service
// READ COMMITTED, not the pool's REPEATABLE READ: an editor who waited for another's row lock reads the row as that
// one left it (and gets a 412 for a stale ETag) instead of a serialization failure
@Transactional(isolation = Isolation.READ_COMMITTED)
class MeetingEditor {

	private final MeetingRepository meetings;

	private final Participants participants;

	private final Countries countries;

	private final DelegationRepository delegations;

	private final Sources sources;

	private final EntityManager entityManager;

	private final MeetingKinds kinds;

	private final Editing<Meeting> editing;

	MeetingEditor(MeetingRepository meetings, Participants participants, Countries countries, DelegationRepository delegations,
			Sources sources, EntityManager entityManager, MeetingKinds kinds,
			DataVersion version) {
		this.kinds = kinds;
		this.editing = new Editing<>("meeting", "/api/v1/meetings", meetings, version);
		this.meetings = meetings;
		this.participants = participants;
		this.countries = countries;
		this.delegations = delegations;
		this.sources = sources;
		this.entityManager = entityManager;
	}

	/** Creates a meeting and returns its slug. */
	String create(MeetingRequest request) {
		Resolved resolved = resolve(request);
		DateSpan span = resolved.span();
		String slug = this.editing.newSlug(request.slug(), Slugs.of(request.title(), "meeting", span.start()));
		Meeting meeting = new Meeting(slug, request.title(), resolved.kind(), resolved.status(), span.start(), span.end(),
				span.precision());
		apply(meeting, request, resolved);
		this.meetings.save(meeting);
		this.entityManager.flush();
		return slug;
	}

	/** Replaces a meeting whole, if {@code ifMatch} names its current version, and returns its (new) slug. */
	String replace(String slug, String ifMatch, MeetingRequest request) {
		Meeting meeting = this.editing.lockAt(slug, ifMatch);
		Resolved resolved = resolve(request);
		this.editing.reslug(meeting, request.slug());
		meeting.retitle(request.title());
		meeting.reclassify(resolved.kind(), resolved.status());
		meeting.reschedule(resolved.span().start(), resolved.span().end(), resolved.span().precision());
		apply(meeting, request, resolved);
		this.entityManager.flush();
		return meeting.getSlug();
	}

	/** Deletes a meeting if {@code ifMatch} names its current version; its history stays. */
	void delete(String slug, String ifMatch) {
		Meeting meeting = this.editing.lockAt(slug, ifMatch);
		this.meetings.delete(meeting);
		this.entityManager.flush();
	}

	private void apply(Meeting meeting, MeetingRequest request, Resolved resolved) {
		MeetingRequest.Location location = request.location();
		meeting.locate(location != null ? location.city() : null, location != null ? location.venue() : null,
				resolved.locationCountry());
		meeting.describe(request.summary(), request.topics() != null ? request.topics() : List.of(), request.notes());
		meeting.assignDelegation(resolved.delegation());
		meeting.replaceParticipants(resolved.participants());
		meeting.replaceUnnamedParties(resolved.unnamedParties());
		meeting.replaceCountries(resolved.sides());
		meeting.replaceCitations(resolved.citations());
	}

	/** Resolves every reference of the request, or throws with every error found. */
	private Resolved resolve(MeetingRequest request) {
		List<FieldError> errors = new ArrayList<>();
		DateSpan span = DateSpan.resolve(request.startDate(), request.endDate(), request.datePrecision(), errors);
		MeetingStatus status = MeetingStatus.valueOf((request.status() != null ? request.status() : "held").toUpperCase(java.util.Locale.ROOT));
		MeetingKind kind = this.entityManager.find(MeetingKind.class, request.kind().code());
		if (kind == null) {
			errors.add(new FieldError("kind.code", "is not a known CAMEO code; accepted: a code listed at /api/v1/kinds ("
					+ String.join(", ", this.kinds.codes()) + ")", request.kind().code()));
		}
		Set<Country> sides = new LinkedHashSet<>();
		Country locationCountry = null;
		if (request.location() != null && request.location().country() != null) {
			locationCountry = this.countries.reference(request.location().country(), "location.country", errors);
		}
		if (request.countries() != null) {
			for (int i = 0; i < request.countries().size(); i++) {
				Country side = this.countries.reference(request.countries().get(i), "countries[" + i + "]", errors);
				if (side != null) {
					sides.add(side);
				}
			}
		}
		List<Participation.Part> participants = this.participants.resolve(
				request.participants() != null ? request.participants() : List.of(), "participants", span, errors);
		participants.forEach((part) -> sides.add(part.official().getCountry()));
		List<Meeting.NewUnnamedParty> unnamedParties = new ArrayList<>();
		List<MeetingRequest.UnnamedParty> unnamed = request.unnamedParties() != null ? request.unnamedParties() : List.of();
		for (int i = 0; i < unnamed.size(); i++) {
			Country country = unnamed.get(i).country() != null
					? this.countries.reference(unnamed.get(i).country(), "unnamedParties[" + i + "].country", errors) : null;
			unnamedParties.add(new Meeting.NewUnnamedParty(unnamed.get(i).description(), country));
			if (country != null) {
				sides.add(country);
			}
		}
		if (sides.isEmpty() && errors.isEmpty()) {
			errors.add(new FieldError("participants",
					"a meeting needs at least one side: a participant, an unnamed party with a country, or a country in 'countries'", null));
		}
		Delegation delegation = null;
		if (request.delegation() != null) {
			delegation = this.delegations.findBySlug(request.delegation().slug()).orElse(null);
			if (delegation == null) {
				errors.add(new FieldError("delegation", "is not the slug of a known delegation (see /api/v1/delegations)",
						request.delegation().slug()));
			}
		}
		List<Citation.New> citations = this.sources.cite(request.sources(), "sources", errors);
		if (!errors.isEmpty()) {
			throw Problems.unprocessable(errors);
		}
		return new Resolved(span, status, kind, locationCountry, sides, participants, unnamedParties, delegation,
				citations);
	}

	private record Resolved(DateSpan span, MeetingStatus status, MeetingKind kind, Country locationCountry,
			Set<Country> sides, List<Participation.Part> participants,
			List<Meeting.NewUnnamedParty> unnamedParties, Delegation delegation, List<Citation.New> citations) {
	}

}
