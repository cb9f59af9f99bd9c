package org.contacttimeline.candidate;

import java.util.Map;

import org.contacttimeline.country.CountryCodes;

/**
 * The countries of CAMEO actor codes (GDELT's {@code Actor1CountryCode} and {@code Actor2CountryCode}, PLOVER's
 * entity {@code code}) as the alpha-2 codes the timeline uses. CAMEO's country codes are ISO 3166-1 alpha-3 codes
 * with a few of its own: {@code ROM} (Romania, ISO {@code ROU}), {@code ZAR} (DR Congo, formerly Zaire, ISO
 * {@code COD}) and {@code TMP} (East Timor, ISO {@code TLS}) are mapped too. Nothing else is guessed: CAMEO's regions
 * ({@code AFR}, {@code ASA}, {@code EUR}, {@code MEA}, {@code WST}, {@code NMR}, ...), former states ({@code YUG}),
 * Kosovo (no ISO code) and a blank code stay unmapped, and an import counts them in its report.
 */
final class CameoCountries {

	private static final Map<String, String> CAMEO_OWN = Map.of("ROM", "RO", "ZAR", "CD", "TMP", "TL");

	CameoCountries() {
	}

	/** The alpha-2 code of a CAMEO country code, or {@code null} when it names no country the timeline knows. */
	String alpha2(String cameo) {
		if (cameo == null || !cameo.matches("[A-Z]{3}")) {
			return null;
		}
		String own = CAMEO_OWN.get(cameo);
		return (own != null) ? own : CountryCodes.resolve(cameo);
	}

}
