package org.contacttimeline.contact;

/**
 * A contact as a list shows it, a meeting or a delegation visit: every one can be written as a timeline entry,
 * the one shape of every export.
 */
public sealed interface Contact permits MeetingResponse, DelegationResponse, TimelineEntry {

	TimelineEntry asEntry();

}
