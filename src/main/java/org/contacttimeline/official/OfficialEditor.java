package org.contacttimeline.official;

import org.contacttimeline.country.CountryCodes;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.contacttimeline.country.Countries;
import org.contacttimeline.country.Country;
import org.contacttimeline.source.CitationRequest;
import org.contacttimeline.source.Source;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.Sources;
import org.contacttimeline.web.Problems;
import org.contacttimeline.db.DataVersion;
import org.contacttimeline.editing.Editing;
import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.editing.Slugs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.contacttimeline.organization.Organization;
import org.contacttimeline.organization.OrganizationRepository;

/**
 * Creates, replaces and deletes officials with their positions. Every reference in a request is checked before
 * anything is written, and the whole write is one transaction: a rejected request changes nothing.
 */
@Service
// READ COMMITTED, not the pool's REPEATABLE READ: an editor who waited for another's row lock reads the row as that
// one left it (and gets a 412 for a stale ETag) instead of a serialization failure
@Transactional(isolation = Isolation.READ_COMMITTED)
class OfficialEditor {

	private final OfficialRepository officials;

	private final OrganizationRepository organizations;

	private final Sources sources;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final Editing<Official> editing;

	OfficialEditor(OfficialRepository officials, OrganizationRepository organizations, Sources sources, EntityManager entityManager, JdbcClient jdbc, DataVersion version) {
		this.editing = new Editing<>("official", "/api/v1/officials", officials, version);
		this.officials = officials;
		this.organizations = organizations;
		this.sources = sources;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** Creates an official and returns its slug. */
	String create(OfficialRequest request) {
		Resolved resolved = resolve(request);
		String slug = this.editing.newSlug(request.slug(), Slugs.of(request.name(), "official"));
		Official official = new Official(slug, request.name(), resolved.country());
		official.rename(request.name(), request.originalName());
		official.sourceOriginalName(request.originalNameSource());
		official.identify(request.wikidata(), request.wikidataSource());
		official.replacePositions(resolved.positions());
		official.replaceAliases(aliases(request));
		this.officials.save(official);
		this.entityManager.flush();
		return slug;
	}

	/** Replaces an official whole, if {@code ifMatch} names its current version, and returns its (new) slug. */
	String replace(String slug, String ifMatch, OfficialRequest request) {
		Official official = this.editing.lockAt(slug, ifMatch);
		Resolved resolved = resolve(request);
		this.editing.reslug(official, request.slug());
		official.rename(request.name(), request.originalName());
		official.sourceOriginalName(request.originalNameSource());
		official.identify(request.wikidata(), request.wikidataSource());
		official.actFor(resolved.country());
		official.replacePositions(resolved.positions());
		official.replaceAliases(aliases(request));
		// A change to a position or an alias alone leaves the official's row as it was; the ETag must change all the same.
		this.entityManager.lock(official, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.entityManager.flush();
		return official.getSlug();
	}

	/**
	 * Deletes an official with their positions, if {@code ifMatch} names the current version and no meeting or
	 * delegation refers to them; the history stays.
	 */
	void delete(String slug, String ifMatch) {
		Official official = this.editing.lockAt(slug, ifMatch);
		List<String> meetings = this.jdbc.sql("""
				select m.slug from meeting_participant p join meeting m on m.id = p.meeting_id
				where p.official_id = :id order by m.slug""").param("id", official.getId()).query(String.class).list();
		List<String> delegations = this.jdbc.sql("""
				select d.slug from delegation d where d.head_official_id = :id
				   or exists (select 1 from delegation_member dm where dm.delegation_id = d.id and dm.official_id = :id)
				order by d.slug""").param("id", official.getId()).query(String.class).list();
		if (!meetings.isEmpty() || !delegations.isEmpty()) {
			List<String> uses = new ArrayList<>();
			if (!meetings.isEmpty()) {
				uses.add("meetings: " + String.join(", ", meetings));
			}
			if (!delegations.isEmpty()) {
				uses.add("delegations: " + String.join(", ", delegations));
			}
			throw Problems.conflict("Official '" + slug + "' cannot be deleted while they take part in "
					+ String.join("; ", uses) + ". Take them out of those first (PUT each without them), then delete.");
		}
		this.officials.delete(official);
		this.entityManager.flush();
	}

	/** Resolves every reference of the request, or throws with every error found. */
	private Resolved resolve(OfficialRequest request) {
		List<FieldError> errors = new ArrayList<>();
		if (request.wikidata() != null) {
			List<String> holders = this.jdbc.sql("select slug from official where wikidata = :wikidata and slug <> :slug")
				.param("wikidata", request.wikidata())
				.param("slug", request.slug() != null ? request.slug() : "")
				.query(String.class)
				.list();
			if (!holders.isEmpty()) {
				errors.add(new FieldError("wikidata", "is the Wikidata item of another official (" + holders.get(0)
						+ "); an item stands for one person", request.wikidata()));
			}
		}
		String code = CountryCodes.require(request.country(), "country", errors);
		Country country = (code != null) ? this.entityManager.getReference(Country.class, code) : null;
		List<Official.NewPosition> positions = new ArrayList<>();
		List<OfficialRequest.PositionRequest> requested = request.positions() != null ? request.positions() : List.of();
		for (int i = 0; i < requested.size(); i++) {
			OfficialRequest.PositionRequest position = requested.get(i);
			String field = "positions[" + i + "]";
			Organization organization = null;
			if (position.organization() != null) {
				organization = this.organizations.findBySlug(position.organization().slug()).orElse(null);
				if (organization == null) {
					errors.add(new FieldError(field + ".organization",
							"is not the slug of a known organization; leave it out (null) when the sources do not name one",
							position.organization().slug()));
				}
			}
			if (position.startDate() != null && position.endDate() != null
					&& position.endDate().isBefore(position.startDate())) {
				errors.add(new FieldError(field + ".endDate", "is before startDate (" + position.startDate()
						+ "); the end is the last day the title was held, or null while held or not known",
						position.endDate().toString()));
			}
			List<Citation.New> citations = this.sources.cite(position.sources() != null ? position.sources() : List.of(),
					field + ".sources", errors);
			if ((position.attestedFrom() == null) != (position.attestedTo() == null)) {
				errors.add(new FieldError(field + (position.attestedFrom() == null ? ".attestedFrom" : ".attestedTo"),
						"is required with the other: the first and last day a source shows the title held (the same day for one)",
						null));
			}
			else if (position.attestedFrom() != null && position.attestedTo().isBefore(position.attestedFrom())) {
				errors.add(new FieldError(field + ".attestedTo", "is before attestedFrom (" + position.attestedFrom()
						+ "); the last day a source shows the title held", position.attestedTo().toString()));
			}
			positions.add(new Official.NewPosition(organization, position.title(), position.startDate(),
					position.endDate(), position.note(), position.attestedFrom(), position.attestedTo(), citations));
		}
		List<OfficialRequest.AliasRequest> aliases = request.aliases() != null ? request.aliases() : List.of();
		java.util.Set<String> spellings = new java.util.HashSet<>();
		for (int i = 0; i < aliases.size(); i++) {
			if (aliases.get(i) != null && aliases.get(i).name() != null && !spellings.add(aliases.get(i).name().strip())) {
				errors.add(new FieldError("aliases[" + i + "].name",
						"lists this spelling a second time; give each spelling once, with its source", aliases.get(i).name()));
			}
		}
		if (!errors.isEmpty()) {
			throw Problems.unprocessable(errors);
		}
		return new Resolved(country, positions);
	}

	private static List<Official.NewAlias> aliases(OfficialRequest request) {
		return (request.aliases() != null ? request.aliases() : List.<OfficialRequest.AliasRequest>of()).stream()
			.map((alias) -> new Official.NewAlias(alias.name().strip(), alias.source().strip()))
			.toList();
	}

	private record Resolved(Country country, List<Official.NewPosition> positions) {
	}

}
