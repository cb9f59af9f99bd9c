package org.contacttimeline.meeting;

import java.time.LocalDate;
import java.util.List;

import org.contacttimeline.source.CitationRequest;

/**
 * A meeting another module proposes (an accepted candidate contact), with the fields of a POST to
 * {@code /api/v1/meetings} that it can know.
 *
 * @param slug the slug to give it, or {@code null} to make one from the title and date
 * @param datePrecision {@code day}, {@code month}, {@code year} or {@code unknown}
 * @param status {@code held}, {@code planned}, ...
 * @param kind a CAMEO code listed at {@code /api/v1/kinds}
 * @param city the city, or {@code null}
 * @param venue the venue, or {@code null}
 * @param country the country of the place (alpha-2 or alpha-3), or {@code null}
 * @param countries every side (alpha-2 or alpha-3)
 * @param participants the officials taking part, by slug, with their roles ({@code null} to take the position's)
 * @param unnamedParties parties the source mentions without naming anyone
 * @param delegation the slug of the delegation it belongs to, or {@code null}
 * @param sources the sources it is cited on, each with the quote
 */
public record ProposedMeeting(String slug, String title, LocalDate startDate, LocalDate endDate, String datePrecision,
		String status, String kind, String city, String venue, String country, List<String> countries,
		List<Participant> participants, List<UnnamedParty> unnamedParties, String delegation, String notes,
		List<CitationRequest> sources) {

	/** A meeting of an accepted group of machine-coded events: dated to the day, sides by country, one source. */
	public ProposedMeeting(String slug, String title, LocalDate startDate, LocalDate endDate, String status, String kind,
			String city, String country, List<String> countries, String notes, CitationRequest source) {
		this(slug, title, startDate, endDate, "day", status, kind, city, null, country, countries, List.of(), List.of(),
				null, notes, List.of(source));
	}

	/** An official taking part, by slug, and the role as the source gives it ({@code null}: the position's). */
	public record Participant(String official, String role) {
	}

	/** People the source mentions without names, and their country (alpha-2), if known. */
	public record UnnamedParty(String description, String country) {
	}

}
