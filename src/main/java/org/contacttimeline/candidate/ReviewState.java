package org.contacttimeline.candidate;

import java.util.Locale;

/**
 * Where a candidate group is in review: proposed (waiting for an editor), corroborating (it reports a meeting already
 * in the timeline, and is attached to it), accepted (an editor made a meeting of it), rejected (with a reason).
 */
enum ReviewState {

	PROPOSED, CORROBORATING, ACCEPTED, REJECTED;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
