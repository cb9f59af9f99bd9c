package org.contacttimeline.delegation;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Delegations by their slug, for the write side; lists are read with plain SQL.
 */
public interface DelegationRepository extends Repository<Delegation, Long> {

	Optional<Delegation> findBySlug(String slug);

	Delegation save(Delegation delegation);

}
