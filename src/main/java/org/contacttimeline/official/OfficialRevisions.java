package org.contacttimeline.official;

import java.util.Comparator;
import java.util.Locale;

import org.contacttimeline.revision.AuditedResource;
import org.contacttimeline.revision.History;
import org.contacttimeline.source.Citation;

import org.springframework.stereotype.Component;
import org.contacttimeline.organization.Organization;

/**
 * The revision history of an official, each state shown as the API shows an official (without the meetings, which
 * have histories of their own).
 */
@Component
class OfficialRevisions extends AuditedResource<Official, OfficialResponse> {

	private static final Comparator<Position> READ_ORDER = Comparator
		.comparing(Position::getStartDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingInt(Position::getOrdinal);

	OfficialRevisions(History history, OfficialRepository officials) {
		super(history, "official", Official.class, officials);
	}

	/** The state after a revision, mapped as the read side maps it; the change feed shows the same. */
	@Override
	public OfficialResponse state(Official official) {
		return new OfficialResponse(official.getSlug(), official.getName(), official.getOriginalName(),
				official.getOriginalNameSource(), official.getCountry().getCode(), official.getWikidata(),
				official.getWikidataSource(),
				official.getAliases().stream().map((a) -> new OfficialResponse.Alias(a.getName(), a.getSource())).toList(),
				official.getPositions().stream().sorted(READ_ORDER).map(OfficialRevisions::position).toList(), null,
				null);
	}

	private static OfficialResponse.PositionResponse position(Position position) {
		Organization organization = position.getOrganization();
		return new OfficialResponse.PositionResponse(position.getTitle(),
				organization != null ? new OfficialResponse.Organization(organization.getSlug(), organization.getName(),
						organization.getCountry().getCode(), organization.getKind().name().toLowerCase(Locale.ROOT))
						: null,
				position.getStartDate(), position.getEndDate(), position.getAttestedFrom(), position.getAttestedTo(),
				position.getNote(),
				Citation.responses(position.getCitations()));
	}

}
