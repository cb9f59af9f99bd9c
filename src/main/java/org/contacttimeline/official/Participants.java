package org.contacttimeline.official;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.contacttimeline.time.DateSpan;
import org.contacttimeline.web.InvalidRequestException.FieldError;

/**
 * The officials a write names as taking part in a contact (a meeting's participants, a delegation's members and head),
 * resolved the one way both kinds of contact take: each by slug and once, with the role given or the title of the
 * position that covers the contact's dates ({@link PositionRoles}). What names nothing is added to the errors.
 */
@Component
public class Participants {

	private final OfficialRepository officials;

	Participants(OfficialRepository officials) {
		this.officials = officials;
	}

	/** The official a slug names, or {@code null} with an error added under {@code field}. */
	public Official official(String slug, String field, List<FieldError> errors) {
		if (slug == null) {
			errors.add(new FieldError(field, "is required: the slug of the official (see /api/v1/officials)", null));
			return null;
		}
		Official official = this.officials.findBySlug(slug).orElse(null);
		if (official == null) {
			errors.add(new FieldError(field, "is not the slug of a known official (see /api/v1/officials)", slug));
		}
		return official;
	}

	/**
	 * The parts the request lists, in order.
	 * @param field the request's list, e.g. {@code participants}
	 * @param span the contact's dates, or {@code null} when they were wrong (then no role is looked up)
	 */
	public List<Participation.Part> resolve(List<ParticipantRequest> requested, String field, DateSpan span,
			List<FieldError> errors) {
		List<Participation.Part> parts = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			ParticipantRequest part = requested.get(i);
			String at = field + "[" + i + "]";
			if (part.officialSlug() != null && !seen.add(part.officialSlug())) {
				errors.add(new FieldError(at + ".official", "lists this official a second time; give each official once",
						part.officialSlug()));
				continue;
			}
			Official official = official(part.officialSlug(), at + ".official", errors);
			if (official == null) {
				continue;
			}
			PositionRoles.Role role = PositionRoles.resolve(official, part.role(), part.roleSource(),
					(span != null) ? span.start() : null, (span != null) ? span.end() : null, span != null, at + ".role",
					errors);
			if (role != null) {
				parts.add(new Participation.Part(official, role.role(), role.source()));
			}
		}
		return parts;
	}

}
