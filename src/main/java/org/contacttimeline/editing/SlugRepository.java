package org.contacttimeline.editing;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * Resources an editor changes, by their slug, for the write side (lists are read with plain SQL): what every
 * editable resource's repository offers.
 */
@NoRepositoryBean
public interface SlugRepository<T extends Editable> extends Repository<T, Long> {

	Optional<T> findBySlug(String slug);

	/**
	 * The resource, locked until the transaction ends, so that concurrent editors of one resource take turns and the
	 * second sees the first's version (and gets 412) instead of racing it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
	@Query("select e from #{#entityName} e where e.slug = :slug")
	Optional<T> lockBySlug(String slug);

	boolean existsBySlug(String slug);

	T save(T resource);

	void delete(T resource);

}
