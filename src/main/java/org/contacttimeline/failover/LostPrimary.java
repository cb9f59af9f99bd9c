package org.contacttimeline.failover;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means that the primary went away or is no longer the primary, rather than that the work itself
 * was refused: what a change of primary looks like from the pool.
 */
final class LostPrimary {

	private LostPrimary() {
	}

	static boolean test(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SocketException
					|| cause instanceof EOFException) {
				return true;
			}
			// 08: connection exception; 57P01-57P03: the server shut down, crashed or is starting; 25006: a write on a
			// server in recovery (a primary just demoted, reached before the pool noticed)
			if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
					|| sql.getSQLState().startsWith("57P0") || "25006".equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

}
