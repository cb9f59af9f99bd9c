package org.contacttimeline.contact;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An official taking part in a meeting or a delegation, with the role or title they had at the time.
 *
 * @param roleSource where the role comes from: {@code given} by the editor, or {@code position}, the title of the
 * official's position that covers the dates; {@code null} for a delegation's head who is not among its members
 */
public record ParticipantResponse(String slug, String name, @Schema(nullable = true) String country,
		@Schema(nullable = true) String role, @Schema(nullable = true) String roleSource) {
}
