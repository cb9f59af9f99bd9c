package org.contacttimeline.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.QueryTimeoutException;

/**
 * What a failure of a database statement means, read from its causes: a statement the server cancelled, a
 * connection lost, a value the server refused as data. Used to answer each with the right status (503, 503, 400)
 * instead of a 500.
 */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/** Whether PostgreSQL cancelled a statement (SQL state 57014: statement timeout, or a cancel request). */
	public static boolean cancelled(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
				return true;
			}
			if (cause instanceof QueryTimeoutException || cause instanceof jakarta.persistence.QueryTimeoutException
					|| cause instanceof org.hibernate.QueryTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a failure comes from losing the database connection rather than from the statement: the server went away
	 * (stopped, crashed, cut off) or cannot be reached. The one test every module uses: the answer's 503, a public
	 * read moved from a lost replica to the primary, a write run again on a new primary.
	 */
	public static boolean lostConnection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			// a transaction that cannot even be rolled back has lost its connection; the original failure is masked
			if (cause instanceof org.hibernate.TransactionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof java.net.ConnectException // (the driver's I/O failures carry state 08006)
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							// 08: connection lost; 57P01-57P03: the server shut down, crashed or is starting up
							&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a write was refused by a server in recovery (SQL state 25006): a primary just demoted to a replica. */
	public static boolean readOnlyServer(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && "25006".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** Whether PostgreSQL refused a value as data (SQL state class 22: a date out of range, a NUL in text). */
	public static boolean badData(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
		}
		return false;
	}

	private static Throwable next(Throwable cause) {
		return (cause.getCause() == cause) ? null : cause.getCause();
	}

}
