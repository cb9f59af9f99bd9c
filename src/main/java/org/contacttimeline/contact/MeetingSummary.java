package org.contacttimeline.contact;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A meeting in brief, as listed under an official or a delegation.
 *
 * @param role the role of the official under whom it is listed, or {@code null}
 */
public record MeetingSummary(String slug, String title, @Schema(nullable = true) LocalDate startDate,
		@Schema(nullable = true) LocalDate endDate, String datePrecision, @Schema(nullable = true) String status,
		@Schema(nullable = true) String role) {
}
