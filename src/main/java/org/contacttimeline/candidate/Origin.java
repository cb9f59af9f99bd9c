package org.contacttimeline.candidate;

import java.util.Locale;

/**
 * Where candidates come from: a GDELT 2.0 events export, POLECAT/PLOVER JSON lines, or an article's text (its
 * proposals, see {@link CandidateProposals}).
 */
enum Origin {

	GDELT, PLOVER, ARTICLE;

	/** The word the API and the database use: {@code gdelt}, {@code plover}. */
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
