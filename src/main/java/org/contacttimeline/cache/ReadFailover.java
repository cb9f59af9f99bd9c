package org.contacttimeline.cache;

/**
 * What a read whose database server went away under it may do: move to another server (a replica's reader to the
 * primary) and be read again from its start there. A module that routes reads provides it; without one, a read that
 * loses its server is answered as the database being unavailable.
 */
public interface ReadFailover {

	/**
	 * Whether {@code failure} lost the server the current read was on, and the read now goes to another one (then it
	 * is read again, once).
	 */
	boolean movedAway(Throwable failure);

}
