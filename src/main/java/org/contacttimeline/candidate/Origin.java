package org.contacttimeline.candidate;

import java.util.Locale;

/** Where candidate events come from: a GDELT 2.0 events export, or POLECAT/PLOVER JSON lines. */
enum Origin {

	GDELT, PLOVER;

	/** The word the API and the database use: {@code gdelt}, {@code plover}. */
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
