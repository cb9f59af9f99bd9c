package org.contacttimeline.revision;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import tools.jackson.databind.util.RawValue;

import org.contacttimeline.revision.ChangeRows.ChangeRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change feed: every change of every audited resource after a revision, oldest first, in (revision, type, id)
 * order, read from the revision history a page at a time ({@link ChangeRows}). Revision numbers follow the order of
 * commits (writers take turns on the data version, see V40), so a client that has seen every change up to revision
 * n never finds a change at or below n committed later.
 * <p>
 * Each state is the one {@link ChangeStates} kept, as its resource's {@code /revisions} endpoint maps it: a page is
 * one statement however many changes it holds. A state not kept yet is read from the history, as it would be kept.
 */
@Component
class ChangeFeed {

	private final ChangeRows changes;

	private final ChangeStates states;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	ChangeFeed(ChangeRows changes, ChangeStates states, EntityManager entityManager, JdbcClient jdbc) {
		this.changes = changes;
		this.states = states;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The changes after revision {@code since} (after {@code cursor}, when given), a page of {@code limit}. */
	@Transactional(readOnly = true, transactionManager = "transactionManager")
	ChangePage after(long since, ChangeCursor cursor, int limit) {
		List<ChangeRow> found = this.changes.after(since, cursor, limit + 1);
		boolean more = found.size() > limit;
		List<ChangeRow> page = more ? found.subList(0, limit) : found;
		AuditReader reader = page.stream().anyMatch(ChangeRow::stateMissing) ? AuditReaderFactory.get(this.entityManager)
				: null;
		List<Change> changes = page.stream().map((change) -> change(change, reader)).toList();
		long newest;
		String next = null;
		if (more) {
			ChangeRow last = page.get(page.size() - 1);
			next = last.place().encode();
			// the last revision may go on on the next page
			newest = Math.max(since, last.revision() - 1);
		}
		else {
			newest = this.jdbc.sql("select coalesce(max(id), 0) from revision").query(Long.class).single();
		}
		return new ChangePage(changes, next, newest);
	}

	private Change change(ChangeRow change, AuditReader reader) {
		String state = change.stateMissing() ? this.states.read(reader, change) : change.state();
		return new Change(change.revision(), change.madeAt(), change.editor(), change.type(), change.slug(),
				History.name(change.kind()), (state != null) ? new RawValue(state) : null);
	}

}
