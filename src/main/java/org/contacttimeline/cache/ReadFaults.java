package org.contacttimeline.cache;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.contacttimeline.web.Problems;

/**
 * What a read does when its database fails under it: read again where the reads now go, when a module that routes
 * reads says that the server went away ({@link ReadFailover}), else answer 503 with {@code Retry-After}.
 */
final class ReadFaults {

	private static final Logger log = LoggerFactory.getLogger(ReadFaults.class);

	private final ReadFailover failover;

	private final Problems problems;

	private final Duration retryAfter;

	ReadFaults(ReadFailover failover, Problems problems, Duration retryAfter) {
		this.failover = failover;
		this.problems = problems;
		this.retryAfter = retryAfter;
	}

	/** Whether the read lost its server and is now routed to another one (where it is read again, once). */
	boolean movedAway(Throwable failure) {
		return this.failover.movedAway(failure);
	}

	/** Answers a read whose database could not be reached. */
	void unavailable(RuntimeException failure, HttpServletResponse response) throws IOException {
		log.warn("Database unavailable: " + failure.getMessage());
		this.problems.writeUnavailable(Problems.DATABASE_UNREACHABLE, this.retryAfter, response);
	}

}
