package org.contacttimeline.source;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/**
 * Sources by their slug, for the write side.
 */
interface SourceRepository extends Repository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	List<Source> findByPublisher(String publisher);

	/**
	 * The source, locked until the transaction ends, so that concurrent editors of one source take turns and the
	 * second sees the first's version (and gets 412) instead of racing it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
	@Query("select s from Source s where s.slug = :slug")
	Optional<Source> lockBySlug(String slug);

	boolean existsBySlug(String slug);

	Source save(Source source);

	void delete(Source source);

}
