package org.contacttimeline.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Sources by their slug, for the write side.
 */
interface SourceRepository extends Repository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	List<Source> findByPublisher(String publisher);

	boolean existsBySlug(String slug);

	Source save(Source source);

}
