package org.contacttimeline.meeting;

import java.util.List;

import org.contacttimeline.editing.SlugRepository;

/** Meetings by their slug (see {@link SlugRepository}), and by their delegation. */
interface MeetingRepository extends SlugRepository<Meeting> {

	List<Meeting> findByDelegationId(long delegationId);

}
