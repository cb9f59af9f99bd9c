package org.contacttimeline.contact;

import java.util.Locale;

/**
 * Whether a meeting took place: the one list of statuses, for the filter, the writes and the stored value (the
 * lower-case word the schema's check constraint accepts).
 */
public enum MeetingStatus {

	HELD, PLANNED, SPECULATED, CANCELLED;

	/** The word the API and the database use: {@code held}, {@code planned}, ... */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status named by {@code value} in any case, or {@code null}. */
	public static MeetingStatus of(String value) {
		for (MeetingStatus status : values()) {
			if (status.name().equalsIgnoreCase(value)) {
				return status;
			}
		}
		return null;
	}

}
