package org.contacttimeline.candidate;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An import of a file of events, with its report.
 *
 * @param countries the country filter: the events kept are contacts between these countries (with one country:
 * between it and any other)
 * @param sha256 the file's SHA-256: the same file is imported once per country filter
 * @param alreadyImported whether this answer is to a file imported before (nothing was added this time)
 */
record ImportResponse(long id, String file, String format, @Schema(nullable = true) List<String> countries,
		String sha256, @Schema(nullable = true) String editor, OffsetDateTime startedAt,
		@Schema(nullable = true) OffsetDateTime finishedAt, boolean alreadyImported,
		@Schema(nullable = true) ImportReport report) {
}
