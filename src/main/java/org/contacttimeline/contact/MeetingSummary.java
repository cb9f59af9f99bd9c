package org.contacttimeline.contact;

import java.time.LocalDate;

/**
 * A meeting in brief, as listed under an official or a delegation.
 *
 * @param role the role of the official under whom it is listed, or {@code null}
 */
public record MeetingSummary(String slug, String title, LocalDate startDate, LocalDate endDate, String datePrecision,
		String status, String role) {
}
