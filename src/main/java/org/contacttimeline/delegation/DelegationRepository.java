package org.contacttimeline.delegation;

import org.contacttimeline.editing.SlugRepository;

/** Delegations by their slug (see {@link SlugRepository}). */
public interface DelegationRepository extends SlugRepository<Delegation> {
}
