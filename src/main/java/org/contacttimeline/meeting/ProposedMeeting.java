package org.contacttimeline.meeting;

import java.time.LocalDate;
import java.util.List;

import org.contacttimeline.source.CitationRequest;

/**
 * A meeting another module proposes (an accepted candidate contact), with the fields of a POST to
 * {@code /api/v1/meetings} that it can know: dated to the day, sides by country, no participants yet.
 *
 * @param slug the slug to give it, or {@code null} to make one from the title and date
 * @param status {@code held}, {@code planned}, ...
 * @param kind a CAMEO code listed at {@code /api/v1/kinds}
 * @param city the city, or {@code null}
 * @param country the country of the place (alpha-2 or alpha-3), or {@code null}
 * @param countries every side (alpha-2 or alpha-3)
 * @param source the source it is cited on, with the quote
 */
public record ProposedMeeting(String slug, String title, LocalDate startDate, LocalDate endDate, String status,
		String kind, String city, String country, List<String> countries, String notes, CitationRequest source) {
}
