package org.contacttimeline.country;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contacttimeline.web.CountryCodes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The countries the database knows, read once (they are reference data that no API call changes), and the
 * resolution of a code a user typed, alpha-2 or alpha-3 in any case, to the alpha-2 code the data uses.
 */
@Component
public class Countries implements CountryCodes {

	private final JdbcClient jdbc;

	private volatile Loaded loaded;

	Countries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All countries, ordered by name. */
	public List<CountryResponse> all() {
		return load().all();
	}

	@Override
	public String resolve(String code) {
		if (code == null || !code.matches(PATTERN)) {
			return null;
		}
		return load().byCode().get(code.toUpperCase(Locale.ROOT));
	}

	private Loaded load() {
		Loaded current = this.loaded;
		if (current == null) {
			List<CountryResponse> all = this.jdbc.sql("select code, alpha3, name, wikidata, wikidata_source from country order by name")
				.query(CountryResponse.class)
				.list();
			Map<String, String> byCode = new HashMap<>();
			for (CountryResponse country : all) {
				byCode.put(country.code(), country.code());
				byCode.put(country.alpha3(), country.code());
			}
			current = new Loaded(List.copyOf(all), Map.copyOf(byCode));
			this.loaded = current;
		}
		return current;
	}

	private record Loaded(List<CountryResponse> all, Map<String, String> byCode) {
	}

}
