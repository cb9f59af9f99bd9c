/**
 * Reads and writes that outlast a change of primary (a Patroni failover or switchover): a transaction that loses the
 * primary is run again on the next one within {@code timeline.failover.wait-for-primary}, and a write whose commit
 * went unanswered is never made twice. Active only when {@code timeline.failover.wait-for-primary} is set.
 */
package org.contacttimeline.failover;
