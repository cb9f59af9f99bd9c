package org.contacttimeline.official;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.contacttimeline.revision.History;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.SourceResponse;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision history of an official, each state shown as the API shows an official (without the meetings, which
 * have histories of their own).
 */
@Component
class OfficialRevisions {

	private static final Comparator<Position> READ_ORDER = Comparator
		.comparing(Position::getStartDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingInt(Position::getOrdinal);

	private final History history;

	OfficialRevisions(History history) {
		this.history = history;
	}

	@Transactional(readOnly = true)
	List<RevisionResponse<OfficialResponse>> of(String slug) {
		return this.history.of(Official.class, slug, OfficialRevisions::state);
	}

	private static OfficialResponse state(Official official) {
		return new OfficialResponse(official.getSlug(), official.getName(), official.getOriginalName(),
				official.getOriginalNameSource(), official.getCountry().getCode(), official.getWikidata(),
				official.getWikidataSource(),
				official.getPositions().stream().sorted(READ_ORDER).map(OfficialRevisions::position).toList(), null);
	}

	private static OfficialResponse.PositionResponse position(Position position) {
		Organization organization = position.getOrganization();
		return new OfficialResponse.PositionResponse(position.getTitle(),
				organization != null ? new OfficialResponse.Organization(organization.getSlug(), organization.getName(),
						organization.getCountry().getCode(), organization.getKind().name().toLowerCase(Locale.ROOT))
						: null,
				position.getStartDate(), position.getEndDate(), position.getAttestedFrom(), position.getAttestedTo(),
				position.getNote(),
				position.getCitations().stream()
					.sorted(Comparator.comparingInt(Citation::getOrdinal))
					.map(OfficialRevisions::source)
					.toList());
	}

	private static SourceResponse source(Citation citation) {
		return SourceResponse.of(citation);
	}

}
