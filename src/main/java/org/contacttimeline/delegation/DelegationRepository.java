package org.contacttimeline.delegation;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/**
 * Delegations by their slug, for the write side; lists are read with plain SQL.
 */
public interface DelegationRepository extends Repository<Delegation, Long> {

	Optional<Delegation> findBySlug(String slug);

	/**
	 * The delegation, locked until the transaction ends, so that concurrent editors of one delegation take turns
	 * and the second sees the first's version (and gets 412) instead of racing it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
	@Query("select d from Delegation d where d.slug = :slug")
	Optional<Delegation> lockBySlug(String slug);

	boolean existsBySlug(String slug);

	Delegation save(Delegation delegation);

	void delete(Delegation delegation);

}
