package org.contacttimeline.official;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * A part of an official kept in the order the editors gave (a position, another spelling of the name): created,
 * reordered and removed through its {@link Official}, in a table with {@code id}, {@code official_id} and
 * {@code ordinal}.
 */
@MappedSuperclass
@Audited
abstract class OfficialPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "official_id")
	private Official official;

	private int ordinal;

	protected OfficialPart() {
	}

	protected OfficialPart(Official official, int ordinal) {
		this.official = official;
		this.ordinal = ordinal;
	}

	void reorder(int ordinal) {
		this.ordinal = ordinal;
	}

	public Long getId() {
		return this.id;
	}

	public Official getOfficial() {
		return this.official;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

}
