package org.contacttimeline.country;

import org.contacttimeline.web.ListParameter;

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

	/** The query parameter that filters a list by the Wikidata item of its resources. */
	public static ListParameter<String> parameter(String description, String example) {
		return ListParameter.matching("wikidata", description + ": Q and digits, no leading zero", example, PATTERN,
				ACCEPTED);
	}

	/** The item's URI, as linked data names it, or {@code null}. */
	public static String uri(String identifier) {
		return (identifier != null) ? "http://www.wikidata.org/entity/" + identifier : null;
	}

}
