package org.contacttimeline.replica;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

import org.contacttimeline.web.RequestView;

/**
 * The database one public read request reads from, chosen at its first connection and kept for the rest of it: every
 * statement of the request (its data, and any version or ETag that vouches for that data) sees the same server, so a
 * replica that is behind can never pair stale data with a fresh version. Should the replica fail during the request,
 * the rest goes to the primary, which is never behind it.
 */
final class ReadRoute {

	private static final ThreadLocal<ReadRoute> CURRENT = new ThreadLocal<>();

	/** {@code null} until the first connection. */
	private Boolean onReplica;

	private ReadRoute() {
	}

	/**
	 * Whether a request is a public read, the only kind a replica may answer: a GET or HEAD without credentials
	 * (an editor sends them, and reads the primary, so that the GET after their PUT shows it), and not a revision
	 * history (what an editor reads right after a change).
	 */
	static boolean isPublicRead(HttpServletRequest request) {
		return RequestView.read(request) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& !RequestView.path(request).endsWith("/revisions");
	}

	/** The route of the public read running on this thread, or {@code null} outside one. */
	static ReadRoute current() {
		return CURRENT.get();
	}

	/** Opens a public read on this thread until the returned scope is closed: its connections follow one route. */
	static Scope publicRead() {
		ReadRoute outer = CURRENT.get();
		CURRENT.set(new ReadRoute());
		return () -> {
			if (outer != null) {
				CURRENT.set(outer);
			}
			else {
				CURRENT.remove();
			}
		};
	}

	/** A connection on this request's route: the replica when it is fresh at the first connection, else the primary. */
	Connection connect(Replica replica, DataSource primary) throws SQLException {
		if (this.onReplica == null) {
			this.onReplica = replica.usable();
		}
		if (this.onReplica) {
			try {
				return replica.connection();
			}
			catch (SQLException ex) {
				replica.failed(Replica.State.DOWN, ex);
				this.onReplica = false;
			}
		}
		return primary.getConnection();
	}

	boolean onReplica() {
		return Boolean.TRUE.equals(this.onReplica);
	}

	/** The rest of the request reads from the primary. */
	void toPrimary() {
		this.onReplica = false;
	}

	/** The extent of a public read. */
	interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
