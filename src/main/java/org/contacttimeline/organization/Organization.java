package org.contacttimeline.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.contacttimeline.country.Country;

/**
 * A ministry, legislature, party, news agency or other body of one country, in which officials hold positions.
 */
@Entity
public class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_code")
	private Country country;

	private OrganizationKind kind;

	protected Organization() {
	}

	public Organization(String slug, String name, Country country, OrganizationKind kind) {
		this.slug = slug;
		this.name = name;
		this.country = country;
		this.kind = kind;
	}

	public void rename(String name) {
		this.name = name;
	}

	public void reclassify(OrganizationKind kind) {
		this.kind = kind;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public Country getCountry() {
		return this.country;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

}
