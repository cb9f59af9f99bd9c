package org.contacttimeline.replica;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where public reads may go instead of the primary, and how stale they may be.
 *
 * @param url the JDBC URL of one streaming replica of the primary ({@code spring.datasource.url}); unset, there is
 * no replica and every statement goes to the primary
 * @param username the replica's user; unset, the primary's ({@code spring.datasource.username})
 * @param password the replica's password; unset, the primary's
 * @param maxLag how far behind the primary the replica may be for a public read to use it
 * @param checkInterval how often each instance compares the replica's replayed WAL with the primary's
 * @see ReplicaConfiguration the replica's pool takes {@code spring.datasource.hikari.*}, then
 * {@code timeline.replica.hikari.*}
 */
@ConfigurationProperties("timeline.replica")
record ReplicaProperties(String url, String username, String password, @DefaultValue("5s") Duration maxLag,
		@DefaultValue("1s") Duration checkInterval) {

	ReplicaProperties {
		if (maxLag.isNegative() || maxLag.isZero()) {
			throw new IllegalArgumentException("timeline.replica.max-lag must be positive, e.g. 5s; it is " + maxLag);
		}
		if (checkInterval.isNegative() || checkInterval.isZero() || checkInterval.compareTo(maxLag) >= 0) {
			throw new IllegalArgumentException("timeline.replica.check-interval must be positive and shorter than "
					+ "timeline.replica.max-lag (" + maxLag + "), e.g. 1s; it is " + checkInterval);
		}
	}

}
