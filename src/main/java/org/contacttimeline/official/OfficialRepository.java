package org.contacttimeline.official;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Officials by their slug, for the write side; lists are read with plain SQL.
 */
public interface OfficialRepository extends Repository<Official, Long> {

	Optional<Official> findBySlug(String slug);

	Official save(Official official);

}
