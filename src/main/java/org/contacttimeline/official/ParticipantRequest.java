package org.contacttimeline.official;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.contacttimeline.editing.Slugs;

/**
 * An official taking part in a contact, as a write names them (a meeting's participant, a delegation's member): the
 * official by slug ({@code official}, or {@code slug} as in a response) and the role at the time. Without a role, the
 * title of the official's position that covers the contact's dates is taken ({@code roleSource} {@code position});
 * {@code name}, {@code country} and {@code roleSource} are read-only, so that a contact read with GET can be sent back.
 */
@Schema(name = "ParticipantRequest")
public record ParticipantRequest(@Size(max = Slugs.MAX_LENGTH) String official,
		@Size(max = Slugs.MAX_LENGTH) String slug, String name, String country, @Size(max = 300) String role,
		@Pattern(regexp = "given|position", message = "must be given or position (it is read-only: send the role, or leave it out to take the position's title)") String roleSource) {

	/**
	 * A participant as another module proposes one: the official by slug and the role the source gives, or
	 * {@code null} to take the position's.
	 */
	public static ParticipantRequest proposed(String official, String role) {
		return new ParticipantRequest(official, null, null, null, role, null);
	}

	/** The official's slug, as {@code official} or {@code slug}. */
	public String officialSlug() {
		return (this.official != null) ? this.official : this.slug;
	}

}
