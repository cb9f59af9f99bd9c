package org.contacttimeline.export;

import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Iterator;

import javax.sql.DataSource;

import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.web.Page.Streamed;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bound of a whole export ({@code timeline.limits.export-time}, default 2 min), its own rather than the statement
 * timeout of interactive reads: each of its statements may run that long (a busy server may read a page of 500 slowly
 * without the export failing), and the whole export stops when that time has passed since its first row was asked
 * for, with the failure marked at the end of what was written ({@link ExportConverter}). And it stops when its client
 * has gone, within a second, even in the middle of a statement ({@link #watch}).
 */
final class ExportBound {

	private static final Logger log = LoggerFactory.getLogger(ExportBound.class);

	private final Duration time;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ExportBound(Duration time, JdbcClient jdbc) {
		this(time, jdbc, null);
	}

	/** @param dataSource the one of the reads' transactions, whose statement in flight a gone client cancels */
	ExportBound(Duration time, JdbcClient jdbc, DataSource dataSource) {
		this.time = time;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * The output of a whole export, watched for a client that has gone ({@link WatchedOutput}); one that has cancels the
	 * statement this thread's transaction is running.
	 */
	WatchedOutput watch(OutputStream out) {
		Runnable cancel = () -> {
		};
		if (this.dataSource != null && TransactionSynchronizationManager.isActualTransactionActive()) {
			try {
				PGConnection connection = DataSourceUtils.getConnection(this.dataSource).unwrap(PGConnection.class);
				cancel = () -> {
					try {
						connection.cancelQuery();
					}
					catch (SQLException ex) {
						log.info("The statement of an export whose client has gone could not be cancelled: {}", ex.getMessage());
					}
				};
			}
			catch (SQLException ex) {
				log.info("An export cannot cancel its statements: {}", ex.getMessage());
			}
		}
		return new WatchedOutput(out, cancel);
	}

	/** The entries of a whole export, bounded: its statements get the export's timeout, and it stops at its end. */
	Iterator<TimelineEntry> apply(Iterator<TimelineEntry> entries) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// for the rest of this read's transaction only
			this.jdbc.sql("select set_config('statement_timeout', :timeout, true)")
				.param("timeout", this.time.toMillis() + "ms")
				.query()
				.singleValue();
		}
		long deadline = System.nanoTime() + this.time.toNanos();
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				if (System.nanoTime() - deadline > 0) {
					throw new Streamed.Overran("it ran longer than the " + ExportBound.this.time.toSeconds()
							+ " s an export may take");
				}
				return entries.hasNext();
			}

			@Override
			public TimelineEntry next() {
				return entries.next();
			}

		};
	}

}
