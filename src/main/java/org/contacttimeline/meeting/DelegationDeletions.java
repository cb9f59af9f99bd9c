package org.contacttimeline.meeting;

import org.contacttimeline.delegation.DelegationDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a delegation is deleted, its meetings stay and belong to no delegation: each records the change in its own
 * history and version, in the deleting transaction.
 */
@Component
class DelegationDeletions {

	private final MeetingRepository meetings;

	DelegationDeletions(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	@EventListener
	void detachMeetings(DelegationDeleting deleting) {
		this.meetings.findByDelegationId(deleting.delegationId()).forEach((meeting) -> meeting.assignDelegation(null));
	}

}
