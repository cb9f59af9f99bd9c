package org.contacttimeline.article;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact an article reports, as the service proposes it: every field with the words of the article it comes from
 * (each quote a verbatim substring of the text), and the rule that read it where a rule did.
 *
 * @param type {@code meeting}, or {@code delegation} for a visit (a group travelling, or meetings held during it)
 * @param date the dates as precise as the text gives them, resolved against the publication date
 * @param reportedDates a visit's every range the text gives (a caption and the body may differ)
 * @param countries every side
 * @param sendingCountry a visit's sending country
 * @param hostCountry the country a visit goes to
 * @param participants the people named, linked to the timeline's officials where known
 * @param unnamedParties people the text mentions without names
 * @param kind the suggested CAMEO code
 * @param status {@code held}, {@code planned}, {@code speculated} or {@code cancelled}
 * @param reportedBy who first reported it, when the text says so
 * @param visit for a meeting held during a visit the article also reports, that visit's candidate group (its
 * place in the list while the text is read)
 * @param quotes the sentences that report it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Proposal")
record Proposal(String type, String title, DateField date, List<DateField> reportedDates, List<Side> countries,
		Side sendingCountry, Side hostCountry, List<Participant> participants, List<UnnamedParty> unnamedParties,
		PlaceField place, KindField kind, StatusField status, List<Reporter> reportedBy, Long visit,
		List<String> quotes) {

	/** @param precision {@code day}, {@code month}, {@code year} or {@code unknown} (then no dates and no quote) */
	@Schema(name = "ProposalDateField")
	record DateField(LocalDate startDate, LocalDate endDate, String precision, String rule, String quote) {
	}

	/** A side: its alpha-2 code and the words that name it. */
	@Schema(name = "ProposalSide")
	record Side(String code, String quote) {
	}

	/**
	 * A person named: the official they are ({@code null} when the timeline has none by that name), the name and role
	 * as written, the country, how the name found the official, and, for an unknown name, the officials it may mean.
	 */
	@Schema(name = "ProposalParticipant")
	record Participant(OfficialRef official, String name, String role, String country, Boolean head, String matchedBy,
			List<OfficialRef> didYouMean, String quote) {
	}

	@Schema(name = "ProposalOfficialRef")
	record OfficialRef(String slug, String name) {
	}

	@Schema(name = "ProposalUnnamedParty")
	record UnnamedParty(String description, String country, String quote) {
	}

	@Schema(name = "ProposalPlaceField")
	record PlaceField(String city, String venue, String country, String quote, String venueQuote) {
	}

	@Schema(name = "ProposalKindField")
	record KindField(String code, String label, String rule, String quote) {
	}

	@Schema(name = "ProposalStatusField")
	record StatusField(String value, String rule, String quote) {
	}

	/** A first reporter: its name as written, the organization it is when the timeline knows it, and the words. */
	@Schema(name = "ProposalReporter")
	record Reporter(String name, OrganizationRef organization, String rule, String quote) {
	}

	@Schema(name = "ProposalOrganizationRef")
	record OrganizationRef(String slug, String name) {
	}

	/** The same proposal, its visit named by another number (the candidate group instead of the place in the list). */
	Proposal withVisit(Long other) {
		return new Proposal(this.type, this.title, this.date, this.reportedDates, this.countries, this.sendingCountry,
				this.hostCountry, this.participants, this.unnamedParties, this.place, this.kind, this.status,
				this.reportedBy, other, this.quotes);
	}

	/** Every quote of the proposal, for checking each against the text. */
	List<String> allQuotes() {
		List<String> all = new java.util.ArrayList<>(this.quotes);
		if (this.date.quote() != null) {
			all.add(this.date.quote());
		}
		this.reportedDates.forEach((d) -> all.add(d.quote()));
		this.countries.forEach((s) -> all.add(s.quote()));
		this.participants.forEach((p) -> {
			all.add(p.quote());
			all.add(p.name());
			if (p.role() != null) {
				all.add(p.role());
			}
		});
		this.unnamedParties.forEach((u) -> all.add(u.quote()));
		if (this.place != null) {
			all.add(this.place.quote());
			if (this.place.venueQuote() != null) {
				all.add(this.place.venueQuote());
			}
		}
		all.add(this.kind.quote());
		all.add(this.status.quote());
		this.reportedBy.forEach((r) -> {
			all.add(r.quote());
			all.add(r.name());
		});
		return all;
	}

}
