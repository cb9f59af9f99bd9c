package org.contacttimeline.source;

import java.util.List;

import org.contacttimeline.revision.History;
import org.contacttimeline.revision.RevisionResponse;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision history of a source, each state shown as the API shows a source (without what cites it).
 */
@Component
class SourceRevisions {

	private final History history;

	SourceRevisions(History history) {
		this.history = history;
	}

	@Transactional(readOnly = true)
	List<RevisionResponse<SourceDetailResponse>> of(String slug) {
		return this.history.of(Source.class, slug, (source) -> new SourceDetailResponse(source.getSlug(),
				source.getPublisher(), source.getHeadline(), source.getAuthor(), source.getUrl(),
				source.getPublishedOn(), null));
	}

}
