package org.contacttimeline.official;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.MapsId;
import org.hibernate.envers.Audited;

import org.contacttimeline.contact.ParticipantResponse;

/**
 * A named official taking part in a contact, in a role: a meeting's participant, a delegation's member. An official
 * takes part in a contact at most once. Each kind of contact maps its own subclass onto its own table, keyed by the
 * contact ({@code contactId}, mapped by the subclass's own {@code @MapsId}) and the official.
 */
@MappedSuperclass
@Audited
public abstract class Participation {

	@EmbeddedId
	private Key id = new Key();

	@MapsId("officialId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "official_id")
	private Official official;

	private String role;

	private String roleSource;

	private int ordinal;

	protected Participation() {
	}

	protected Participation(Part part, int ordinal) {
		this.official = part.official();
		this.role = part.role();
		this.roleSource = part.roleSource();
		this.ordinal = ordinal;
	}

	private void update(Part part, int ordinal) {
		this.role = part.role();
		this.roleSource = part.roleSource();
		this.ordinal = ordinal;
	}

	public Official getOfficial() {
		return this.official;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	/** A contact's participations as the API shows them, in their order. */
	public static List<ParticipantResponse> responses(Collection<? extends Participation> parts) {
		return parts.stream().sorted(Comparator.comparingInt(Participation::getOrdinal)).map(Participation::toResponse).toList();
	}

	/** The part as the API shows it. */
	public ParticipantResponse toResponse() {
		return new ParticipantResponse(this.official.getSlug(), this.official.getName(), this.official.getCountry().getCode(),
				this.role, this.roleSource);
	}

	/**
	 * Makes {@code parts}, in this order, the participations held in {@code current}. Officials already taking part
	 * keep their row and take the new role and place, so that an edit never inserts a key it also deletes.
	 * @param make a new participation of the contact, for a part and its place
	 * @throws IllegalArgumentException if an official appears twice
	 */
	public static <P extends Participation> void replace(List<P> current, List<Part> parts, Maker<P> make) {
		Map<Long, P> existing = new HashMap<>();
		current.forEach((participation) -> existing.put(participation.getOfficial().getId(), participation));
		Set<Long> seen = new HashSet<>();
		List<P> replaced = new ArrayList<>();
		for (Part part : parts) {
			if (!seen.add(part.official().getId())) {
				throw new IllegalArgumentException("official " + part.official().getSlug() + " is listed twice");
			}
			P kept = existing.get(part.official().getId());
			if (kept != null) {
				((Participation) kept).update(part, replaced.size());
				replaced.add(kept);
			}
			else {
				replaced.add(make.make(part, replaced.size()));
			}
		}
		current.clear();
		current.addAll(replaced);
	}

	/** Makes the participation of a contact for a part at a place in the list. */
	@FunctionalInterface
	public interface Maker<P extends Participation> {

		P make(Part part, int ordinal);

	}

	/**
	 * An official's part in a contact, to put in it with {@link #replace}.
	 * @param official a saved official
	 * @param role what they did, not blank
	 * @param roleSource {@code given}, or {@code position} when the role is the title of the position covering the dates
	 */
	public record Part(Official official, String role, String roleSource) {
	}

	/** The key of a participation: the contact and the official. */
	@Embeddable
	public static class Key implements Serializable {

		private Long contactId;

		private Long officialId;

		@Override
		public boolean equals(Object other) {
			return this == other || (other instanceof Key key && Objects.equals(this.contactId, key.contactId)
					&& Objects.equals(this.officialId, key.officialId));
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.contactId, this.officialId);
		}

	}

}
