package org.contacttimeline.country;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A country as the API shows it: ISO 3166-1 alpha-2 and alpha-3 codes, the common English name, and its Wikidata
 * item with where the identifier was taken from (both {@code null} when not recorded).
 */
public record CountryResponse(String code, @Schema(nullable = true) String alpha3, String name,
		@Schema(nullable = true) String wikidata, @Schema(nullable = true) String wikidataSource) {
}
