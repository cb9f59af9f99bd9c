package org.contacttimeline.organization;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Organizations by their slug, for the write side.
 */
public interface OrganizationRepository extends Repository<Organization, Long> {

	Optional<Organization> findBySlug(String slug);

	Organization save(Organization organization);

}
