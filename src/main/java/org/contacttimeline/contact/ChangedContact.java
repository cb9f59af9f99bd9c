package org.contacttimeline.contact;

import java.time.Instant;

/**
 * A contact with when it last changed, as the feeds of new and changed contacts list it.
 *
 * @param entry the contact as a timeline entry
 * @param id its number in the database: it stays the same when its slug changes
 * @param updatedAt when its own fields or parts last changed
 */
public record ChangedContact(TimelineEntry entry, long id, Instant updatedAt) {
}
