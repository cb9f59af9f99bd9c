package org.contacttimeline.meeting;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Meetings by their slug, for the write side; lists and timelines are read with plain SQL.
 */
interface MeetingRepository extends Repository<Meeting, Long> {

	Optional<Meeting> findBySlug(String slug);

	boolean existsBySlug(String slug);

	Meeting save(Meeting meeting);

	void delete(Meeting meeting);

}
