package org.contacttimeline.source;


import org.contacttimeline.revision.AuditedResource;
import org.contacttimeline.revision.History;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.web.Page;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision history of a source, each state shown as the API shows a source (without what cites it).
 */
@Component
class SourceRevisions implements AuditedResource<Source> {

	private final History history;

	private final SourceRepository sources;

	SourceRevisions(History history, SourceRepository sources) {
		this.history = history;
		this.sources = sources;
	}

	@Transactional(readOnly = true, transactionManager = "transactionManager")
	Page<RevisionResponse<SourceDetailResponse>> of(String slug) {
		return this.history.of(Source.class, "source", slug, this::state, this.sources::existsBySlug);
	}

	@Override
	public String type() {
		return "source";
	}

	@Override
	public Class<Source> audited() {
		return Source.class;
	}

	/** The state after a revision, without what cites it; the change feed shows the same. */
	@Override
	public SourceDetailResponse state(Source source) {
		return new SourceDetailResponse(source.getSlug(), source.getPublisher(), source.getHeadline(), source.getAuthor(),
				source.getUrl(), source.getPublishedOn(), null, null);
	}

}
