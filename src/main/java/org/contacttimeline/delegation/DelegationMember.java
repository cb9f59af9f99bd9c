package org.contacttimeline.delegation;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import org.hibernate.envers.Audited;

import org.contacttimeline.official.Official;

/**
 * An official's place and role in a delegation; an official is at most once in a delegation. Created through
 * {@link Delegation#replaceMembers}.
 */
@Entity
@Audited
class DelegationMember {

	@EmbeddedId
	private Key id = new Key();

	@MapsId("delegationId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "delegation_id")
	private Delegation delegation;

	@MapsId("officialId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "official_id")
	private Official official;

	private String role;

	private String roleSource;

	private int ordinal;

	protected DelegationMember() {
	}

	DelegationMember(Delegation delegation, Official official, String role, String roleSource, int ordinal) {
		this.delegation = delegation;
		this.official = official;
		this.role = role;
		this.roleSource = roleSource;
		this.ordinal = ordinal;
	}

	void update(String role, String roleSource, int ordinal) {
		this.role = role;
		this.roleSource = roleSource;
		this.ordinal = ordinal;
	}

	public Delegation getDelegation() {
		return this.delegation;
	}

	public Official getOfficial() {
		return this.official;
	}

	public String getRole() {
		return this.role;
	}

	/** {@code given}, or {@code position} when the role is the title of the position covering the dates. */
	public String getRoleSource() {
		return this.roleSource;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	@Embeddable
	static class Key implements Serializable {

		private Long delegationId;

		private Long officialId;

		@Override
		public boolean equals(Object other) {
			return this == other || (other instanceof Key key && Objects.equals(this.delegationId, key.delegationId)
					&& Objects.equals(this.officialId, key.officialId));
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.delegationId, this.officialId);
		}

	}

}
