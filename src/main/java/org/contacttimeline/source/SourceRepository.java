package org.contacttimeline.source;

import java.util.List;

import org.contacttimeline.editing.SlugRepository;

/** Sources by their slug (see {@link SlugRepository}), and by their publisher. */
interface SourceRepository extends SlugRepository<Source> {

	List<Source> findByPublisher(String publisher);

}
