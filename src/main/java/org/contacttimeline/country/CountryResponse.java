package org.contacttimeline.country;

/**
 * A country as the API shows it: ISO 3166-1 alpha-2 and alpha-3 codes, the common English name, and its Wikidata
 * item with where the identifier was taken from (both {@code null} when not recorded).
 */
public record CountryResponse(String code, String alpha3, String name, String wikidata, String wikidataSource) {
}
