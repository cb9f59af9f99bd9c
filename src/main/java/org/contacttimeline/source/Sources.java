package org.contacttimeline.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.contacttimeline.organization.Organization;
import org.contacttimeline.organization.OrganizationRepository;
import org.contacttimeline.web.InvalidRequestException.FieldError;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves the sources a write cites: a known one by slug, the stored one that matches a description, or a new one.
 */
@Component
public class Sources {

	private final SourceRepository repository;

	/** The first key of the advisory locks taken on sources' descriptions, so that they meet no other lock. */
	private static final int LOCK_SPACE = 1_610_001;

	private final OrganizationRepository organizations;

	private final JdbcClient jdbc;

	Sources(SourceRepository repository, OrganizationRepository organizations, JdbcClient jdbc) {
		this.repository = repository;
		this.organizations = organizations;
		this.jdbc = jdbc;
	}

	/**
	 * The cited facts a write gives, in order, each source resolved ({@link #resolve}) and its "according to" checked;
	 * what names nothing is added to {@code errors} under {@code field[i]}. Must run inside the write's transaction.
	 */
	public List<Citation.New> cite(List<CitationRequest> requested, String field, List<FieldError> errors) {
		List<Citation.New> cited = new java.util.ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			CitationRequest citation = requested.get(i);
			Source source = resolve(citation, field + "[" + i + "]", errors);
			Organization accordingTo = accordingTo(citation, field + "[" + i + "]", errors);
			if (source != null) {
				cited.add(new Citation.New(source, citation.quote(), citation.claim(), accordingTo));
			}
		}
		return cited;
	}

	/**
	 * The organization a citation says first reported what the source relays, {@code null} when it names none, or
	 * {@code null} with an error added under {@code field.accordingTo} when no organization has that slug.
	 */
	public Organization accordingTo(CitationRequest citation, String field, List<FieldError> errors) {
		if (citation.accordingTo() == null) {
			return null;
		}
		Organization found = this.organizations.findBySlug(citation.accordingTo().slug()).orElse(null);
		if (found == null) {
			errors.add(new FieldError(field + ".accordingTo",
					"is not the slug of a known organization; accepted: a slug listed at /api/v1/organizations, e.g. tass",
					citation.accordingTo().slug()));
		}
		return found;
	}

	/**
	 * The source a citation names, or {@code null} with an error added under {@code field} when it names none.
	 * Must run inside the write's transaction: a new source is saved with it.
	 */
	public Source resolve(CitationRequest citation, String field, List<FieldError> errors) {
		if (citation.source() != null) {
			Optional<Source> known = this.repository.findBySlug(citation.source());
			if (known.isEmpty()) {
				errors.add(new FieldError(field + ".source", "is not the slug of a known source (see /api/v1/sources)",
						citation.source()));
			}
			return known.orElse(null);
		}
		if (citation.publisher() == null || citation.publisher().isBlank()) {
			errors.add(new FieldError(field + ".publisher",
					"is required when no 'source' slug is given: name who published the report", null));
			return null;
		}
		Source stored = described(citation);
		if (stored != null) {
			return stored;
		}
		if (!errors.isEmpty()) {
			// the request will be rejected whole: a source for it would not be saved, so there is nothing to wait for
			return newSource(citation);
		}
		// Another editor may be creating the same source at this moment: writes that would create one take turns on
		// its description (the lock lasts until this transaction ends), and whoever comes second finds the first's
		// source, committed by then. Two sources under one slug would be a unique violation: Writes runs it again.
		this.jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(:description))")
			.param("space", LOCK_SPACE)
			.param("description", citation.publisher() + "\n" + citation.headline())
			.query((rs, n) -> 0)
			.single();
		stored = described(citation);
		if (stored != null) {
			return stored;
		}
		return this.repository.save(newSource(citation));
	}

	private Source newSource(CitationRequest citation) {
		Source source = new Source(uniqueSlug(citation), citation.publisher());
		source.describe(citation.publisher(), citation.headline(), citation.author(), citation.publishedOn(), citation.url());
		return source;
	}

	/** The stored source with exactly the citation's description, or {@code null}. */
	private Source described(CitationRequest citation) {
		for (Source stored : this.repository.findByPublisher(citation.publisher())) {
			if (Objects.equals(stored.getHeadline(), citation.headline()) && Objects.equals(stored.getAuthor(), citation.author())
					&& Objects.equals(stored.getUrl(), citation.url())
					&& Objects.equals(stored.getPublishedOn(), citation.publishedOn())) {
				return stored;
			}
		}
		return null;
	}

	private String uniqueSlug(CitationRequest citation) {
		String base = Source.slugOf(citation.publisher(), citation.headline());
		String slug = base;
		for (int i = 2; this.repository.existsBySlug(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

}
