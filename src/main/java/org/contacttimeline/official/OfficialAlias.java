package org.contacttimeline.official;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/**
 * Another spelling of an official's name (a romanization, a transliteration, a name in another script), with where it
 * comes from: a source that writes it so, or the rule that made it. Created and removed through its {@link Official}.
 */
@Entity
@Audited
class OfficialAlias extends OfficialPart {

	private String name;

	private String source;

	protected OfficialAlias() {
	}

	OfficialAlias(Official official, String name, String source, int ordinal) {
		super(official, ordinal);
		this.name = name;
		this.source = source;
	}

	void describe(String source, int ordinal) {
		this.source = source;
		reorder(ordinal);
	}

	String getName() {
		return this.name;
	}

	String getSource() {
		return this.source;
	}

}
