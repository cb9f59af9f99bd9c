/**
 * Reads on a PostgreSQL streaming replica: public reads go to the replica while it is fresh enough, writes and
 * editors' reads to the primary. Active only when {@code timeline.replica.url} is set.
 */
package org.contacttimeline.replica;
