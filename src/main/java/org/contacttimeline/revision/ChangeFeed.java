package org.contacttimeline.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;

import org.contacttimeline.editing.Editable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change feed: every change of every audited resource after a revision, oldest first, in (revision, type, id)
 * order, read from the revision history a page at a time (each type's audit rows by their index on revision; see
 * V42). Revision numbers follow the order of commits (writers take turns on the data version, see V40), so a client
 * that has seen every change up to revision n never finds a change at or below n committed later.
 * <p>
 * Each state is mapped by its resource's module as its {@code /revisions} endpoint maps it, from the entity Envers
 * reads at that revision: reading a state's parts costs statements of its own, so a page costs more the more changes
 * it holds (the answer cache makes a repeated page cost one).
 */
@Component
class ChangeFeed {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChangeFeed.class);

	private final List<AuditedResource<?, ?>> resources;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	ChangeFeed(List<AuditedResource<?, ?>> resources, EntityManager entityManager, JdbcClient jdbc) {
		this.resources = resources.stream().sorted(Comparator.comparing(AuditedResource::type)).toList();
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The changes after revision {@code since} (after {@code cursor}, when given), a page of {@code limit}. */
	@Transactional(readOnly = true, transactionManager = "transactionManager")
	ChangePage after(long since, ChangeCursor cursor, int limit) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		List<Found> found = new ArrayList<>();
		for (AuditedResource<?, ?> resource : this.resources) {
			found.addAll(read(reader, resource, since, cursor, limit + 1));
		}
		found.sort(Comparator.comparingLong(Found::revision).thenComparing(Found::type).thenComparingLong(Found::id));
		boolean more = found.size() > limit;
		List<Found> page = more ? found.subList(0, limit) : found;
		List<Change> changes = page.stream().map(Found::change).toList();
		long newest;
		String next = null;
		if (more) {
			Found last = page.get(page.size() - 1);
			next = new ChangeCursor(last.revision(), last.type(), last.id()).encode();
			// the last revision may go on on the next page
			newest = Math.max(since, last.revision() - 1);
		}
		else {
			newest = this.jdbc.sql("select coalesce(max(id), 0) from revision").query(Long.class).single();
		}
		return new ChangePage(changes, next, newest);
	}

	private <E extends Editable> List<Found> read(AuditReader reader, AuditedResource<E, ?> resource, long since,
			ChangeCursor cursor, int rows) {
		AuditQuery query = reader.createQuery()
			.forRevisionsOfEntity(resource.audited(), false, true)
			.add(AuditEntity.revisionNumber().gt(since));
		if (cursor != null) {
			query.add(after(resource.type(), cursor));
		}
		List<?> results = query.addOrder(AuditEntity.revisionNumber().asc())
			.addOrder(AuditEntity.id().asc())
			.setMaxResults(rows)
			.getResultList();
		List<Found> found = new ArrayList<>();
		for (Object result : results) {
			Object[] triple = (Object[]) result;
			E entity = resource.audited().cast(triple[0]);
			Revision revision = (Revision) triple[1];
			long id = ((Number) this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity))
				.longValue();
			found.add(new Found(resource, entity, id, revision, (RevisionType) triple[2]));
		}
		return found;
	}

	/** The rows of a type after the cursor in (revision, type, id) order. */
	private static AuditCriterion after(String type, ChangeCursor cursor) {
		int order = type.compareTo(cursor.type());
		if (order < 0) {
			return AuditEntity.revisionNumber().gt(cursor.revision());
		}
		if (order > 0) {
			return AuditEntity.revisionNumber().ge(cursor.revision());
		}
		return AuditEntity.or(AuditEntity.revisionNumber().gt(cursor.revision()),
				AuditEntity.and(AuditEntity.revisionNumber().eq(cursor.revision()), AuditEntity.id().gt(cursor.id())));
	}

	/** A change as Envers read it. */
	private record Found(AuditedResource<?, ?> resource, Editable entity, long id, Revision revisionEntity, RevisionType kind) {

		long revision() {
			return this.revisionEntity.getId();
		}

		String type() {
			return this.resource.type();
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Change change() {
			Object state = null;
			if (this.kind != RevisionType.DEL) {
				try {
					state = ((AuditedResource) this.resource).state(this.entity);
				}
				catch (jakarta.persistence.EntityNotFoundException ex) {
					// a record it refers to was written without the API (SQL, the scale generator), so the history
					// has no state of it at this revision: the change is listed all the same, without its state
					log.warn("No state of {} {} at revision {}: {}", type(), this.entity.getSlug(), revision(), ex.getMessage());
				}
			}
			return new Change(revision(), this.revisionEntity.getMadeAt(), this.revisionEntity.getEditor(), type(),
					this.entity.getSlug(), History.name(this.kind), state);
		}

	}

}
