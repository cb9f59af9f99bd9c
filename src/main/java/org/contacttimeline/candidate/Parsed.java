package org.contacttimeline.candidate;

/** What a line of a file is: an event, a line that is not one (with what is wrong with it), or nothing to read. */
sealed interface Parsed {

	record Event(EventRecord event) implements Parsed {
	}

	/**
	 * @param kind what was wrong, for the report's counts: {@code columns}, {@code id}, {@code date}, {@code code},
	 * {@code mentions}, {@code json}, {@code length}, ...
	 */
	record Malformed(String kind, String message) implements Parsed {
	}

	/** A blank line, or a header line naming the columns. */
	record Nothing() implements Parsed {
	}

	static String shown(String value) {
		if (value == null) {
			return "null";
		}
		String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
		return "'" + cut.replaceAll("[\\p{Cntrl}]", "?") + "'";
	}

}
