package org.contacttimeline.source;

import java.time.LocalDate;

/**
 * Dates one source gives for something, with the quote that gives them; where sources (or one source) disagree,
 * each variant is one of these.
 */
public record ReportedDates(LocalDate startDate, LocalDate endDate, String publisher, String headline, String quote,
		String note) {
}
