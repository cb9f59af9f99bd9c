package org.contacttimeline.delegation;

import java.time.LocalDate;
import java.util.List;

import org.contacttimeline.source.CitationRequest;

/**
 * A delegation visit another module proposes (an accepted proposal of an article), with the fields of a POST to
 * {@code /api/v1/delegations} that it can know.
 *
 * @param slug the slug to give it, or {@code null} to make one from the name and date
 * @param head the slug of the official who heads it, or {@code null}
 * @param members the officials on it, by slug, with their roles ({@code null}: the position's)
 * @param datePrecision {@code day}, {@code month}, {@code year} or {@code unknown}
 * @param reportedDates every range a source gives, with its quote
 * @param sources the sources it is cited on, each with the quote
 */
public record ProposedDelegation(String slug, String name, String sendingCountry, String hostCountry, String head,
		List<Member> members, LocalDate startDate, LocalDate endDate, String datePrecision,
		List<ReportedDates> reportedDates, String purpose, String notes, List<CitationRequest> sources) {

	/** An official on the visit, by slug, and the role as the source gives it ({@code null}: the position's). */
	public record Member(String official, String role) {
	}

	/** A range a source gives for the visit, cited with the quote that gives it. */
	public record ReportedDates(LocalDate startDate, LocalDate endDate, CitationRequest source, String note) {
	}

}
