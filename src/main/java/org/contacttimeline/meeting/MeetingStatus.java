package org.contacttimeline.meeting;

/**
 * Whether a meeting took place. Stored lower-case ({@code held}, {@code planned}, ...) by
 * {@link MeetingStatusConverter}.
 */
public enum MeetingStatus {

	HELD, PLANNED, SPECULATED, CANCELLED

}
