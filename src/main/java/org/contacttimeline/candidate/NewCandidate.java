package org.contacttimeline.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A contact another module proposes for review (an article's), with what the review list shows and what the
 * corroboration rule compares.
 *
 * @param delegation whether it is a delegation visit (else a meeting)
 * @param datePrecision {@code day}, {@code month}, {@code year}, or {@code unknown} (then no dates)
 * @param countries every side, alpha-2, at least two; the first two are its pair
 * @param kind a CAMEO code of the consult family
 * @param place the place as the proposal names it, or {@code null}
 * @param status {@code held}, {@code planned}, {@code speculated} or {@code cancelled}
 * @param names the names of the people taking part, by the country of their side
 * @param official the slug of a known official taking part, or {@code null}
 * @param proposal the proposal whole, as JSON, shown as it is to whoever reviews it
 * @param text words to find it by (names, roles, places)
 */
public record NewCandidate(boolean delegation, String title, LocalDate startDate, LocalDate endDate,
		String datePrecision, List<String> countries, String kind, String place, String city, String placeCountry,
		String status, Map<String, List<String>> names, String official, String proposal, String text) {
}
