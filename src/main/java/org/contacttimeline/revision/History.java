package org.contacttimeline.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

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
	 * The revisions of the entities that ever had {@code slug}, newest first, each state mapped by {@code mapper};
	 * empty when there are none.
	 */
	public <E, R> List<RevisionResponse<R>> of(Class<E> type, String slug, Function<E, R> mapper) {
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

	private static String name(RevisionType change) {
		return switch (change) {
			case ADD -> "created";
			case MOD -> "updated";
			case DEL -> "deleted";
		};
	}

}
