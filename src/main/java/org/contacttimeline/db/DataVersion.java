package org.contacttimeline.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of all the data the API shows: a number the database moves on with every write transaction, whoever
 * writes (see migration V40). Answers are cached under it and their ETags are made from it, so that reading it is all
 * it takes to know that an answer still holds. It lives in the database, so several instances of the service on one
 * database see each other's writes at once.
 */
@Component
public class DataVersion {

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current version, as the calling transaction's snapshot has it: read it in the transaction that reads the
	 * data it labels, so that an answer is never labelled with a version whose data it does not show. Outside a
	 * transaction it is the newest committed version, against which a kept answer or an ETag can be checked.
	 */
	public long current() {
		return this.jdbc.sql("select version from data_version").query(Long.class).single();
	}

	/**
	 * Moves the version on for the calling write transaction, and holds it until that transaction ends: call it
	 * before a write locks anything else, so that writers take turns here rather than wait on each other's rows.
	 * The database does the same at a write's first statement, whoever writes; once per transaction either way.
	 */
	public void claim() {
		this.jdbc.sql("update data_version set version = version + 1, changed_by = pg_current_xact_id() "
				+ "where changed_by is distinct from pg_current_xact_id()").update();
	}

}
