package org.contacttimeline.candidate;

import java.time.LocalDate;

/**
 * One event of a file as an import reads it, before it is filtered: what a candidate keeps of it.
 *
 * @param eventId the event's id in its data set (GDELT's GLOBALEVENTID, PLOVER's id)
 * @param code the CAMEO code of the event, or of its PLOVER equivalent; {@code null} when it has none (a PLOVER
 * category outside CONSULT)
 * @param mentions how often the event was mentioned (GDELT's NumMentions; 1 for a PLOVER record, which gives none)
 */
record EventRecord(String eventId, LocalDate date, String code, Actor actor1, Actor actor2, Place place,
		String sourceUrl, int mentions) {

	/**
	 * A side of the event.
	 * @param country the alpha-2 code, or {@code null} when the code given names no country the timeline knows
	 * @param code the country code as the file gives it, for the report of unmapped codes
	 */
	record Actor(String name, String country, String code) {
	}

	/**
	 * Where the event took place.
	 * @param city the city, when the place is a city or a landmark in one
	 * @param country the alpha-2 code, or {@code null}
	 * @param key a gazetteer id that tells two places apart whatever their spelling, or {@code null}
	 */
	record Place(String name, String city, String country, String key) {

		static final Place UNKNOWN = new Place(null, null, null, null);

	}

}
