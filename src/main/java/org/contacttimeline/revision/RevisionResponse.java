package org.contacttimeline.revision;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One change of a resource: its revision number, when and by whom it was made, whether it created, updated or
 * deleted the resource, and the resource's state after it ({@code null} after a deletion).
 */
public record RevisionResponse<T>(long revision, Instant madeAt, @Schema(nullable = true) String editor, String change,
		@Schema(nullable = true) T state) {
}
