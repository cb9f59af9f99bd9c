package org.contacttimeline.revision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.RevisionType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The changes of the audited resources after a place in the feed, in (revision, type, id) order, each with its kept
 * state: one statement, whatever the page holds. Each type's audit rows are read from their index on (revision, id)
 * (V42) and merged; the state is the one {@link ChangeStates} kept for the change, if it has.
 */
@Component
class ChangeRows {

	private final JdbcClient jdbc;

	private final List<String> types;

	private final String sql;

	private final String firstMissing;

	ChangeRows(List<AuditedResource<?, ?>> resources, EntityManagerFactory entityManagers, JdbcClient jdbc) {
		this.jdbc = jdbc;
		SessionFactoryImplementor sessions = entityManagers.unwrap(SessionFactoryImplementor.class);
		List<AuditedResource<?, ?>> sorted = resources.stream().sorted(Comparator.comparing(AuditedResource::type)).toList();
		this.types = sorted.stream().map(AuditedResource::type).toList();
		// the audit tables Envers writes (default entity name suffix _AUD); type names are [a-z]: see ChangeCursor
		String merged = sorted.stream()
			.map((resource) -> "(select rev, '" + resource.type() + "' collate \"C\" as type, id, slug, revtype from "
					+ sessions.getMappingMetamodel().getEntityDescriptor(resource.audited().getName() + "_AUD").getTableName()
					+ " where rev > :since and (rev, id) > (:" + resource.type() + "Rev, :" + resource.type() + "Id)"
					+ " order by rev, id limit :rows)")
			.collect(Collectors.joining("\nunion all\n"));
		// the first revision with a change whose state is not kept (a deletion has none), each audit table read against
		// the kept states' key at once
		this.firstMissing = "select min(rev) from (" + sorted.stream()
			.map((resource) -> "select min(a.rev) as rev from "
					+ sessions.getMappingMetamodel().getEntityDescriptor(resource.audited().getName() + "_AUD").getTableName()
					+ " a where a.revtype <> 2 and not exists (select 1 from change_state s where s.rev = a.rev and s.type = '"
					+ resource.type() + "' and s.id = a.id)")
			.collect(Collectors.joining(" union all ")) + ") missing";
		this.sql = """
				select c.rev, r.made_at, r.editor, c.type, c.id, c.slug, c.revtype, s.state::text as state,
				       s.rev is not null as kept
				from (select * from (%s) merged order by rev, type, id limit :rows) c
				join revision r on r.id = c.rev
				left join change_state s on s.rev = c.rev and s.type = c.type and s.id = c.id
				order by c.rev, c.type, c.id""".formatted(merged);
	}

	/** The first revision with a change whose state is not kept, if any. */
	Optional<Long> firstMissing() {
		return this.jdbc.sql(this.firstMissing).query(Long.class).optional();
	}

	/** Up to {@code rows} changes after revision {@code since} and after {@code cursor}, when given. */
	List<ChangeRow> after(long since, ChangeCursor cursor, int rows) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(this.sql).param("since", since).param("rows", rows);
		for (String type : this.types) {
			// each type's rows after the cursor in (revision, type, id) order, as a bound on (revision, id)
			long revision = since;
			long id = Long.MAX_VALUE;
			if (cursor != null) {
				int order = type.compareTo(cursor.type());
				revision = (order < 0) ? cursor.revision() : (order > 0) ? cursor.revision() - 1 : cursor.revision();
				id = (order == 0) ? cursor.id() : Long.MAX_VALUE;
			}
			statement = statement.param(type + "Rev", revision).param(type + "Id", id);
		}
		return statement.query(ChangeRows::row).list();
	}

	private static ChangeRow row(ResultSet rows, int number) throws SQLException {
		return new ChangeRow(rows.getLong("rev"), rows.getTimestamp("made_at").toInstant(), rows.getString("editor"),
				rows.getString("type"), rows.getLong("id"), rows.getString("slug"),
				RevisionType.fromRepresentation(rows.getByte("revtype")),
				rows.getString("state"), rows.getBoolean("kept"));
	}

	/**
	 * One change as the audit tables record it.
	 * @param state the kept state's JSON, {@code null} when none is kept or the kept state is null
	 * @param kept whether {@link ChangeStates} kept its state
	 */
	record ChangeRow(long revision, Instant madeAt, String editor, String type, long id, String slug, RevisionType kind,
			String state, boolean kept) {

		/** Whether its state has yet to be read from the history: not kept, and not a deletion (which has none). */
		boolean stateMissing() {
			return !this.kept && this.kind != RevisionType.DEL;
		}

		ChangeCursor place() {
			return new ChangeCursor(this.revision, this.type, this.id);
		}

	}

}
