package org.contacttimeline.contact;

/**
 * An official taking part in a meeting or a delegation, with the role or title they had at the time.
 */
public record ParticipantResponse(String slug, String name, String country, String role) {
}
