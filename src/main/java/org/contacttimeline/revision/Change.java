package org.contacttimeline.revision;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One change of one resource in the change feed.
 *
 * @param revision the revision (write transaction) that made it
 * @param madeAt when that revision was written
 * @param editor who wrote it
 * @param type {@code meeting}, {@code delegation}, {@code official} or {@code source}
 * @param slug the resource's slug after the change (before it, for a deletion)
 * @param change {@code created}, {@code updated} or {@code deleted}
 * @param state the resource as the API showed it after the change; {@code null} after a deletion, and when the history
 * cannot show it (a record it refers to was written without the API, so no revision holds it)
 */
public record Change(long revision, Instant madeAt, @Schema(nullable = true) String editor, String type,
		@Schema(nullable = true) String slug, String change, @Schema(nullable = true) Object state) {
}
