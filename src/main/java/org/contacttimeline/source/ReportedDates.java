package org.contacttimeline.source;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Dates one source gives for something, with the quote that gives them; where sources (or one source) disagree,
 * each variant is one of these.
 */
public record ReportedDates(LocalDate startDate, @Schema(nullable = true) LocalDate endDate, String publisher,
		@Schema(nullable = true) String headline, String quote, @Schema(nullable = true) String note) {
}
