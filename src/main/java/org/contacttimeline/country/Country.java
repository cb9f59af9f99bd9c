package org.contacttimeline.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A country by its ISO 3166-1 alpha-2 code (plus the reserved {@code SU} for the Soviet Union). Reference data
 * loaded by the migrations; two countries are equal when their codes are.
 */
@Entity
public class Country {

	@Id
	private String code;

	private String alpha3;

	private String name;

	protected Country() {
	}

	public Country(String code, String alpha3, String name) {
		this.code = code;
		this.alpha3 = alpha3;
		this.name = name;
	}

	public String getCode() {
		return this.code;
	}

	public String getAlpha3() {
		return this.alpha3;
	}

	public String getName() {
		return this.name;
	}

	@Override
	public boolean equals(Object other) {
		// getCode(), not the field: other may be a lazy proxy whose fields are never set
		return this == other || (other instanceof Country country && getCode() != null
				&& getCode().equals(country.getCode()));
	}

	@Override
	public int hashCode() {
		return (getCode() != null) ? getCode().hashCode() : 0;
	}

	@Override
	public String toString() {
		return getCode();
	}

}
