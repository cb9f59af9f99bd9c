package org.contacttimeline.delegation;

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
 * A citation supporting a delegation: the delegation owns it (see {@link Citation}).
 */
@Entity
@Table(name = "citation")
@Audited
@AuditTable("citation_aud")
class DelegationCitation extends Citation {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "delegation_id")
	private Delegation delegation;

	protected DelegationCitation() {
	}

	DelegationCitation(Delegation delegation, New cited, int ordinal) {
		super(cited, ordinal);
		this.delegation = Objects.requireNonNull(delegation, "delegation");
	}

}
