package org.contacttimeline.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.contacttimeline.web.Problems;
import org.contacttimeline.web.Page;

import org.springframework.stereotype.Component;

/**
 * Reads the revisions of an audited resource by slug, newest first, including those of a resource since deleted
 * or renamed: every entity that ever had the slug counts. Callers map each state inside their own transaction.
 */
@Component
public class History {

	private final EntityManager entityManager;

	History(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The revisions of the entities that ever had {@code slug}, newest first, each state mapped by {@code mapper}:
	 * the whole history as one page; empty for a resource stored without the API (no revision records it).
	 * @param exists whether a resource with the slug exists now
	 * @throws org.springframework.web.ErrorResponseException when no resource ever had the slug
	 */
	public <E, R> Page<RevisionResponse<R>> of(Class<E> type, String kind, String slug, Function<E, R> mapper,
			Predicate<String> exists) {
		List<RevisionResponse<R>> revisions = of(type, slug, mapper);
		if (revisions.isEmpty() && !exists.test(slug)) {
			throw Problems.notFound(kind, slug);
		}
		return new Page<>(revisions, null);
	}

	private <E, R> List<RevisionResponse<R>> of(Class<E> type, String slug, Function<E, R> mapper) {
		var reader = AuditReaderFactory.get(this.entityManager);
		List<?> ids = reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.property("slug").eq(slug))
			.addProjection(AuditEntity.id().distinct())
			.getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		List<?> rows = reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().in(ids))
			.addOrder(AuditEntity.revisionNumber().desc())
			.getResultList();
		List<RevisionResponse<R>> revisions = new ArrayList<>();
		for (Object row : rows) {
			Object[] triple = (Object[]) row;
			Revision revision = (Revision) triple[1];
			RevisionType change = (RevisionType) triple[2];
			R state = (change == RevisionType.DEL) ? null : mapper.apply(type.cast(triple[0]));
			revisions.add(new RevisionResponse<>(revision.getId(), revision.getMadeAt(), revision.getEditor(),
					name(change), state));
		}
		return revisions;
	}

	static String name(RevisionType change) {
		return switch (change) {
			case ADD -> "created";
			case MOD -> "updated";
			case DEL -> "deleted";
		};
	}

}
