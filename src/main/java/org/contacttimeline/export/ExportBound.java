package org.contacttimeline.export;

import java.time.Duration;
import java.util.Iterator;

import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.web.Page.Streamed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bound of a whole export ({@code timeline.limits.export-time}, default 2 min), its own rather than the statement
 * timeout of interactive reads: each of its statements may run that long (a busy server may read a page of 500 slowly
 * without the export failing), and the whole export stops when that time has passed since its first row was asked
 * for, with the failure marked at the end of what was written ({@link ExportConverter}).
 */
final class ExportBound {

	private final Duration time;

	private final JdbcClient jdbc;

	ExportBound(Duration time, JdbcClient jdbc) {
		this.time = time;
		this.jdbc = jdbc;
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
