package org.contacttimeline.official;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * Another spelling of an official's name (a romanization, a transliteration, a name in another script), with where it
 * comes from: a source that writes it so, or the rule that made it. Created and removed through its {@link Official}.
 */
@Entity
@Audited
class OfficialAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "official_id")
	private Official official;

	private String name;

	private String source;

	private int ordinal;

	protected OfficialAlias() {
	}

	OfficialAlias(Official official, String name, String source, int ordinal) {
		this.official = official;
		this.name = name;
		this.source = source;
		this.ordinal = ordinal;
	}

	void describe(String source, int ordinal) {
		this.source = source;
		this.ordinal = ordinal;
	}

	String getName() {
		return this.name;
	}

	String getSource() {
		return this.source;
	}

	int getOrdinal() {
		return this.ordinal;
	}

}
