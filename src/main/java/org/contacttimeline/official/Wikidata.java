package org.contacttimeline.official;

/**
 * Wikidata item identifiers ({@code Q7747}), by which officials, organizations and countries join other people's
 * data.
 */
public final class Wikidata {

	/** The form of an item identifier. */
	public static final String PATTERN = "Q[1-9][0-9]{0,18}";

	/** What a request is told when an identifier has another form. */
	public static final String ACCEPTED = "must be a Wikidata item identifier: Q followed by digits without a leading zero, e.g. Q7747";

	private Wikidata() {
	}

	/** The identifier when it has the form of one, else {@code null}. */
	public static String checked(String value) {
		return (value != null && value.matches(PATTERN)) ? value : null;
	}

	/** The item's URI, as linked data names it, or {@code null}. */
	public static String uri(String identifier) {
		return (identifier != null) ? "http://www.wikidata.org/entity/" + identifier : null;
	}

}
