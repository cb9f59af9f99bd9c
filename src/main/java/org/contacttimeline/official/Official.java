package org.contacttimeline.official;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.contacttimeline.source.Citation;
import org.contacttimeline.country.Country;
import org.contacttimeline.source.Source;

import org.contacttimeline.editing.EditableEntity;
import org.contacttimeline.organization.Organization;

/**
 * A person who acts for a country, with the positions they held in the order the editors gave them.
 */
@Entity
@Audited
public class Official extends EditableEntity {

	private String name;

	private String originalName;

	private String originalNameSource;

	private String wikidata;

	private String wikidataSource;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_code")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Country country;

	@OneToMany(mappedBy = "official", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<Position> positions = new ArrayList<>();

	@OneToMany(mappedBy = "official", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<OfficialAlias> aliases = new ArrayList<>();

	protected Official() {
	}

	public Official(String slug, String name, Country country) {
		super(slug);
		this.name = name;
		this.country = country;
	}

	/**
	 * Renames the official; {@code originalName} is the name in its own script, or {@code null}.
	 */
	public void rename(String name, String originalName) {
		this.name = name;
		this.originalName = originalName;
	}

	/** Says where the name in its own script comes from, or {@code null}. */
	public void sourceOriginalName(String originalNameSource) {
		this.originalNameSource = originalNameSource;
	}

	/**
	 * Links the official to their Wikidata item ({@code Q} and digits), or to none with {@code null}, saying where
	 * the identifier was taken from.
	 */
	public void identify(String wikidata, String wikidataSource) {
		this.wikidata = wikidata;
		this.wikidataSource = wikidataSource;
	}

	/** Sets the country the official acts for. */
	public void actFor(Country country) {
		this.country = Objects.requireNonNull(country, "country");
	}

	/**
	 * Makes {@code positions}, in this order, the positions of the official, each with its citations. The old
	 * positions and their citations go, so that the revision history shows the positions as they were replaced.
	 * @throws IllegalArgumentException if a position ends before it starts
	 */
	public void replacePositions(List<NewPosition> positions) {
		this.positions.clear();
		for (NewPosition position : positions) {
			Position added = addPosition(position.organization(), position.title(), position.startDate(),
					position.endDate());
			added.annotate(position.note());
			added.attest(position.attestedFrom(), position.attestedTo());
			added.replaceCitations(position.citations());
		}
	}

	/**
	 * Makes {@code aliases}, in this order, the other spellings of the official's name, each with where it comes
	 * from (one alias per spelling). A spelling kept from before stays the same row, so that its history is one.
	 */
	public void replaceAliases(List<NewAlias> aliases) {
		List<OfficialAlias> kept = new ArrayList<>();
		for (NewAlias alias : aliases) {
			OfficialAlias same = this.aliases.stream().filter((a) -> a.getName().equals(alias.name())).findFirst()
				.orElse(null);
			if (same != null) {
				same.describe(alias.source(), kept.size());
			}
			kept.add(same != null ? same : new OfficialAlias(this, alias.name(), alias.source(), kept.size()));
		}
		this.aliases.retainAll(kept);
		kept.stream().filter((a) -> !this.aliases.contains(a)).forEach(this.aliases::add);
	}

	/** The other spellings of the official's name, in order. */
	List<OfficialAlias> getAliases() {
		return Collections.unmodifiableList(this.aliases);
	}

	/**
	 * Adds a position after the existing ones.
	 * @param organization where the title was held, or {@code null} if not known
	 * @param startDate the first day, or {@code null} if not known
	 * @param endDate the last day, or {@code null} if not known or still held
	 */
	public Position addPosition(Organization organization, String title, LocalDate startDate, LocalDate endDate) {
		Position position = new Position(this, organization, title, startDate, endDate, this.positions.size());
		this.positions.add(position);
		return position;
	}

	/**
	 * Removes a position (and, in the database, the citations that support it) and closes the gap in the order.
	 */
	public void removePosition(Position position) {
		if (this.positions.remove(position)) {
			for (int i = 0; i < this.positions.size(); i++) {
				this.positions.get(i).reorder(i);
			}
		}
	}

	public String getName() {
		return this.name;
	}

	public String getOriginalName() {
		return this.originalName;
	}

	public String getOriginalNameSource() {
		return this.originalNameSource;
	}

	public String getWikidata() {
		return this.wikidata;
	}

	public String getWikidataSource() {
		return this.wikidataSource;
	}

	public Country getCountry() {
		return this.country;
	}

	public List<Position> getPositions() {
		return Collections.unmodifiableList(this.positions);
	}

	/**
	 * A position to give the official with {@link #replacePositions}.
	 * @param organization where the title was held, or {@code null} if not known
	 * @param startDate the first day, or {@code null} if not known
	 * @param endDate the last day, or {@code null} if not known or still held
	 * @param note where the title or dates come from when the quotes do not give them, or {@code null}
	 * @param attestedFrom first day a source shows the title held, or {@code null}
	 * @param attestedTo last day a source shows the title held, or {@code null}
	 */
	public record NewPosition(Organization organization, String title, LocalDate startDate, LocalDate endDate,
			String note, LocalDate attestedFrom, LocalDate attestedTo, List<Citation.New> citations) {
	}

	/** Another spelling of the name, and the source that writes it so or the rule that made it. */
	public record NewAlias(String name, String source) {
	}

}
