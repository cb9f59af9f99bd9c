package org.contacttimeline.organization;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A ministry, legislature, party, news agency or other body, as positions and citations ("according to") refer to
 * it by slug.
 *
 * @param kind ministry, legislature, committee, party, government, head_of_state, news_agency, newspaper or other
 * @param wikidata its Wikidata item, or {@code null}
 * @param wikidataSource where the identifier was taken from
 */
public record OrganizationResponse(String slug, String name, @Schema(nullable = true) String country,
		@Schema(nullable = true) String kind, @Schema(nullable = true) String wikidata,
		@Schema(nullable = true) String wikidataSource) {
}
