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
import org.contacttimeline.source.Source;

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

	DelegationCitation(Delegation delegation, Source source, String quote, String claim, int ordinal) {
		super(source, quote, claim, ordinal);
		this.delegation = Objects.requireNonNull(delegation, "delegation");
	}

}
