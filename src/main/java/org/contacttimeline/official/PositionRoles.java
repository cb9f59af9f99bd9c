package org.contacttimeline.official;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.contacttimeline.web.InvalidRequestException.FieldError;

/**
 * The role an official had over a period, taken from their positions when the request gives none: the title of the
 * first position (in the official's order) known to cover the whole period. A position covers the days from its
 * start (or, when its start is not known, the first day a source shows it held) to its end (or the last day a source
 * shows it held); a position with neither is known to cover no day, so it never covers 1949 or 2030.
 */
public final class PositionRoles {

	/** Where a stored role comes from. */
	public static final String GIVEN = "given";

	/** @see #GIVEN */
	public static final String FROM_POSITION = "position";

	private PositionRoles() {
	}

	/**
	 * The role and where it comes from: {@code role} as given, unless it is absent (then the covering position's
	 * title) or it was read back from a response as taken from a position and still is that position's title.
	 * @param start first day of the meeting or visit, {@code null} when undated (or when its dates were wrong)
	 * @param field the request field to name in an error, e.g. {@code participants[1].role}
	 * @return the role, or {@code null} with an error added when none is given and no position covers the period
	 */
	public static Role resolve(Official official, String role, String roleSource, LocalDate start, LocalDate end,
			boolean datesValid, String field, List<FieldError> errors) {
		String covering = (start != null) ? covering(official, start, end) : null;
		if (role != null && !role.isBlank()) {
			boolean stillFromPosition = FROM_POSITION.equals(roleSource) && Objects.equals(role, covering);
			return new Role(role, stillFromPosition ? FROM_POSITION : GIVEN);
		}
		if (covering != null) {
			return new Role(covering, FROM_POSITION);
		}
		if (datesValid) {
			errors.add(new FieldError(field, "is required: " + whyNoDefault(official, start, end)
					+ "; give the role, or record on the official (PUT /api/v1/officials/" + official.getSlug()
					+ ") the dates of the position that covers these days", null));
		}
		return null;
	}

	/** The title of the first position known to cover every day from {@code start} to {@code end}, or {@code null}. */
	static String covering(Official official, LocalDate start, LocalDate end) {
		for (Position position : official.getPositions()) {
			LocalDate from = known(position)[0];
			LocalDate to = known(position)[1];
			if (from != null && to != null && !from.isAfter(start) && !to.isBefore(end)) {
				return position.getTitle();
			}
		}
		return null;
	}

	/** The first and last day a position is known to have been held, either {@code null} when not known. */
	private static LocalDate[] known(Position position) {
		return new LocalDate[] { position.getStartDate() != null ? position.getStartDate() : position.getAttestedFrom(),
				position.getEndDate() != null ? position.getEndDate() : position.getAttestedTo() };
	}

	private static String whyNoDefault(Official official, LocalDate start, LocalDate end) {
		if (start == null) {
			return "the dates are unknown, so no position of " + official.getSlug() + " can be known to cover them";
		}
		List<String> positions = new ArrayList<>();
		for (Position position : official.getPositions()) {
			LocalDate[] known = known(position);
			positions.add(position.getTitle() + " (" + (known[0] != null ? known[0] : "start unknown") + " to "
					+ (known[1] != null ? known[1] : "end unknown") + ")");
		}
		return "no position of " + official.getSlug() + " is known to cover " + start
				+ (end.equals(start) ? "" : " to " + end)
				+ (positions.isEmpty() ? " (none is recorded)" : "; known: " + String.join(", ", positions));
	}

	/**
	 * A role and where it comes from.
	 * @param source {@link #GIVEN} or {@link #FROM_POSITION}
	 */
	public record Role(String role, String source) {
	}

}
