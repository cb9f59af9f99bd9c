package org.contacttimeline.meeting;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/**
 * Meetings by their slug, for the write side; lists and timelines are read with plain SQL.
 */
interface MeetingRepository extends Repository<Meeting, Long> {

	Optional<Meeting> findBySlug(String slug);

	/**
	 * The meeting, locked until the transaction ends, so that concurrent editors of one meeting take turns and the
	 * second sees the first's version (and gets 412) instead of racing it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
	@Query("select m from Meeting m where m.slug = :slug")
	Optional<Meeting> lockBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Meeting> findByDelegationId(long delegationId);

	Meeting save(Meeting meeting);

	void delete(Meeting meeting);

}
