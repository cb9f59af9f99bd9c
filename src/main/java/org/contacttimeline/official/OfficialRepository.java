package org.contacttimeline.official;

import org.contacttimeline.editing.SlugRepository;

/** Officials by their slug (see {@link SlugRepository}). */
public interface OfficialRepository extends SlugRepository<Official> {
}
