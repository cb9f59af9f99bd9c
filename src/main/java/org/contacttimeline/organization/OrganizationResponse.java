package org.contacttimeline.organization;

/**
 * A ministry, legislature, party, news agency or other body, as positions and citations ("according to") refer to
 * it by slug.
 *
 * @param kind ministry, legislature, committee, party, government, head_of_state, news_agency, newspaper or other
 * @param wikidata its Wikidata item, or {@code null}
 * @param wikidataSource where the identifier was taken from
 */
public record OrganizationResponse(String slug, String name, String country, String kind, String wikidata,
		String wikidataSource) {
}
