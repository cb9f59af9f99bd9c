package org.contacttimeline.replica;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's DataSource when a replica is configured. Connections are fetched lazily, at the first statement,
 * when the transaction is known: a {@code @Transactional(readOnly = true)} one gets its connection from the
 * read-only data source, any other transaction from the primary. A read-only transaction, or a statement outside any
 * transaction, reads the replica only within a public read request (see {@link ReadRoute}); everything else (writes,
 * editors' reads, Flyway, health checks, work outside a request) goes to the primary.
 */
final class ReadWriteDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

	private final DataSource primary;

	ReadWriteDataSource(DataSource primary, Replica replica) {
		this.primary = primary;
		setTargetDataSource(new Routed(primary, replica, false));
		setReadOnlyDataSource(new Routed(primary, replica, true));
		afterPropertiesSet();
	}

	/** Closes the primary's pool with the application, as it would be closed without a replica. */
	@Override
	public void close() throws Exception {
		if (this.primary instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	/** The primary, or the current public read's route; unwraps to the primary's pool. */
	private static final class Routed extends DelegatingDataSource {

		private final Replica replica;

		private final boolean readOnly;

		Routed(DataSource primary, Replica replica, boolean readOnly) {
			super(primary);
			this.replica = replica;
			this.readOnly = readOnly;
		}

		@Override
		public Connection getConnection() throws SQLException {
			ReadRoute route = ReadRoute.current();
			// a transaction that is not read-only writes; statements outside a transaction (a version read for an
			// ETag, reference data) follow the request's route, so that they see what its read-only transactions see
			boolean writes = !this.readOnly && TransactionSynchronizationManager.isActualTransactionActive();
			Connection connection = (route == null || writes) ? obtainTargetDataSource().getConnection()
					: route.connect(this.replica, obtainTargetDataSource());
			if (this.readOnly) {
				// as without a replica: a read-only transaction on the primary begins READ ONLY
				connection.setReadOnly(true);
			}
			return connection;
		}

	}

}
