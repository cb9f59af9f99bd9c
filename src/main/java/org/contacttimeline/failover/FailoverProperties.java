package org.contacttimeline.failover;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a request waits for a primary while the database cluster changes it.
 *
 * @param waitForPrimary how long a transaction that lost the primary (or found none) keeps being run again before
 * the request is answered 503: longer than a planned switchover takes, so that none loses a request; unset, nothing
 * is run again
 * @param keepOutcomes how long what a write returned is kept, for a client that sends it again with the same
 * {@code Idempotency-Key}
 */
@ConfigurationProperties("timeline.failover")
record FailoverProperties(Duration waitForPrimary, @DefaultValue("1d") Duration keepOutcomes) {

	FailoverProperties {
		if (waitForPrimary == null || waitForPrimary.isNegative()) {
			throw new IllegalArgumentException(
					"timeline.failover.wait-for-primary must be zero or positive, e.g. 10s; it is " + waitForPrimary);
		}
	}

}
