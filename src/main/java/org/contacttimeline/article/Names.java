package org.contacttimeline.article;

import java.util.List;

/**
 * What the timeline knows of the people and bodies an article names: officials found by a name as written (their
 * name, an alias, or a common romanization or transliteration of either), the officials a misspelled name may mean,
 * and the organization a reporter's words name.
 */
interface Names {

	/** The official a name as written names, or {@code null} when none or more than one of that country does. */
	Known official(String written, String country);

	/** The officials whose names are closest to a name that names none, best first. */
	List<Known> suggestions(String written);

	/** The organization a reporter's words name ("Russia's foreign ministry", "TASS"), or {@code null}. */
	Body organization(String written, String country);

	/**
	 * An official of the timeline.
	 *
	 * @param matchedBy how the name as written found them: their name, an alias (with its source), or a variant rule
	 */
	record Known(String slug, String name, String country, String matchedBy) {
	}

	/** An organization of the timeline. */
	record Body(String slug, String name) {
	}

}
