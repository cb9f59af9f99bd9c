package org.contacttimeline.official;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/**
 * Officials by their slug, for the write side; lists are read with plain SQL.
 */
public interface OfficialRepository extends Repository<Official, Long> {

	Optional<Official> findBySlug(String slug);

	/**
	 * The official, locked until the transaction ends, so that concurrent editors of one official take turns and the
	 * second sees the first's version (and gets 412) instead of racing it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
	@Query("select o from Official o where o.slug = :slug")
	Optional<Official> lockBySlug(String slug);

	boolean existsBySlug(String slug);

	Official save(Official official);

	void delete(Official official);

}
