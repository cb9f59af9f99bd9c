package org.contacttimeline.country;

/**
 * A country as the API shows it: ISO 3166-1 alpha-2 and alpha-3 codes and the common English name.
 */
public record CountryResponse(String code, String alpha3, String name) {
}
