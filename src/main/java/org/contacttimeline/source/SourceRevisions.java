package org.contacttimeline.source;

import org.contacttimeline.revision.AuditedResource;
import org.contacttimeline.revision.History;

import org.springframework.stereotype.Component;

/**
 * The revision history of a source, each state shown as the API shows a source (without what cites it).
 */
@Component
class SourceRevisions extends AuditedResource<Source, SourceDetailResponse> {

	SourceRevisions(History history, SourceRepository sources) {
		super(history, "source", Source.class, sources);
	}

	/** The state after a revision, without what cites it; the change feed shows the same. */
	@Override
	public SourceDetailResponse state(Source source) {
		return new SourceDetailResponse(source.getSlug(), source.getPublisher(), source.getHeadline(), source.getAuthor(),
				source.getUrl(), source.getPublishedOn(), null, null);
	}

}
