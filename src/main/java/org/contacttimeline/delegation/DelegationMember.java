package org.contacttimeline.delegation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import org.hibernate.envers.Audited;

import org.contacttimeline.official.Participation;

/** An official's place and role in a delegation. Created through {@link Delegation#replaceMembers}. */
@Entity
@Audited
class DelegationMember extends Participation {

	@MapsId("contactId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "delegation_id")
	private Delegation delegation;

	protected DelegationMember() {
	}

	DelegationMember(Delegation delegation, Part part, int ordinal) {
		super(part, ordinal);
		this.delegation = delegation;
	}

}
