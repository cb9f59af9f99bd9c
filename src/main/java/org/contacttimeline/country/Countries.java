package org.contacttimeline.country;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.contacttimeline.web.InvalidRequestException.FieldError;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The countries the database knows, read once: they are reference data that no API call changes (codes typed by
 * users are resolved by {@link CountryCodes}).
 */
@Component
public class Countries {

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private volatile Loaded loaded;

	Countries(JdbcClient jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/**
	 * The country a code names (alpha-2 or alpha-3, any case), for a write to refer to, or {@code null} with an error
	 * added under {@code field}.
	 */
	public Country reference(String code, String field, List<FieldError> errors) {
		String resolved = CountryCodes.require(code, field, errors);
		return (resolved != null) ? this.entityManager.getReference(Country.class, resolved) : null;
	}

	/** All countries, ordered by name. */
	public List<CountryResponse> all() {
		return load().all();
	}

	private Loaded load() {
		Loaded current = this.loaded;
		if (current == null) {
			List<CountryResponse> all = this.jdbc.sql("select code, alpha3, name, wikidata, wikidata_source from country order by name")
				.query(CountryResponse.class)
				.list();
			current = new Loaded(List.copyOf(all));
			this.loaded = current;
		}
		return current;
	}

	private record Loaded(List<CountryResponse> all) {
	}

}
