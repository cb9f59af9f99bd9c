package org.contacttimeline.candidate;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of the review list of candidate groups, the timeline's where they apply.
 *
 * @param date groups whose days include that day
 * @param from groups that end on or after this day
 * @param to groups that start on or before this day
 * @param countries alpha-2 codes that must all be of the group's pair
 * @param host alpha-2 code of the country of the group's place
 * @param kind the CAMEO code of the group's most mentioned event
 * @param q text in the group's title, actor names and places
 * @param state where the groups are in review
 * @param origin where the groups come from, or {@code null} for every origin
 * @param after the last group of the previous page, or {@code null}
 */
record CandidateFilter(LocalDate date, LocalDate from, LocalDate to, List<String> countries, String host, String kind,
		String q, ReviewState state, Origin origin, int limit, Position after) {

	/** A place in the list's order: newest first (undated last), then most mentioned, then last made. */
	record Position(LocalDate startDate, long mentions, long id) {
	}

}
