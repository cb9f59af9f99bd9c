package org.contacttimeline.official;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;

import org.contacttimeline.source.Citation;

/**
 * A citation supporting a position: the position owns it (see {@link Citation}).
 */
@Entity
@Table(name = "citation")
@Audited
@AuditTable("citation_aud")
class PositionCitation extends Citation {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "position_id")
	private Position position;

	protected PositionCitation() {
	}

	PositionCitation(Position position, New cited, int ordinal) {
		super(cited, ordinal);
		this.position = Objects.requireNonNull(position, "position");
	}

}
