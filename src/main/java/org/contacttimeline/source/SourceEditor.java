package org.contacttimeline.source;

import jakarta.persistence.EntityManager;
import org.contacttimeline.web.Problems;
import org.contacttimeline.db.DataVersion;
import org.contacttimeline.editing.Editing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, replaces and deletes sources, each write one transaction. A source still cited cannot be deleted.
 */
@Service
// READ COMMITTED, not the pool's REPEATABLE READ: an editor who waited for another's row lock reads the row as that
// one left it (and gets a 412 for a stale ETag) instead of a serialization failure
@Transactional(isolation = Isolation.READ_COMMITTED)
class SourceEditor {

	private final SourceRepository sources;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final Editing<Source> editing;

	SourceEditor(SourceRepository sources, EntityManager entityManager, JdbcClient jdbc, DataVersion version) {
		this.editing = new Editing<>("source", "/api/v1/sources", sources, version);
		this.sources = sources;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** Creates a source and returns its slug. */
	String create(SourceRequest request) {
		String slug = this.editing.newSlug(request.slug(), Source.slugOf(request.publisher(), request.headline()));
		Source source = new Source(slug, request.publisher());
		describe(source, request);
		this.sources.save(source);
		this.entityManager.flush();
		return slug;
	}

	/** Replaces a source whole, if {@code ifMatch} names its current version, and returns its (new) slug. */
	String replace(String slug, String ifMatch, SourceRequest request) {
		Source source = this.editing.lockAt(slug, ifMatch);
		this.editing.reslug(source, request.slug());
		describe(source, request);
		this.entityManager.flush();
		return source.getSlug();
	}

	/** Deletes a source that nothing cites any more, if {@code ifMatch} names its current version. */
	void delete(String slug, String ifMatch) {
		Source source = this.editing.lockAt(slug, ifMatch);
		int citations = this.jdbc.sql("""
				select (select count(*) from citation where source_id = :id)
				     + (select count(*) from delegation_reported_dates where source_id = :id)""")
			.param("id", source.getId())
			.query(Integer.class)
			.single();
		if (citations > 0) {
			throw Problems.conflict("Source '" + slug + "' is still cited " + citations
					+ (citations == 1 ? " time" : " times") + " (see GET /api/v1/sources/" + slug
					+ " for what cites it); cite another source there first, then delete.");
		}
		this.sources.delete(source);
		this.entityManager.flush();
	}

	private static void describe(Source source, SourceRequest request) {
		source.describe(request.publisher(), request.headline(), request.author(), request.publishedOn(),
				request.url());
	}

}
