package org.contacttimeline.contact;

import java.time.LocalDate;
import java.util.List;

import org.contacttimeline.source.SourceResponse;

/**
 * A meeting as the API shows it: who met whom, in what role, where, when (and how precisely), on whose report.
 *
 * @param datePrecision {@code day}, {@code month}, {@code year} or {@code unknown} (then no dates)
 * @param countries alpha-2 codes of every side
 * @param unnamedParties parties the source mentions without naming anyone
 */
public record MeetingResponse(String slug, String title, LocalDate startDate, LocalDate endDate, String datePrecision,
		String status, Kind kind, Location location, List<String> countries, List<ParticipantResponse> participants,
		List<UnnamedParty> unnamedParties, DelegationRef delegation, String summary, List<String> topics,
		List<SourceResponse> sources, String notes) implements Contact {

	@Override
	public TimelineEntry asEntry() {
		return TimelineEntry.of(this);
	}

	/** A CAMEO event code and its label. */
	public record Kind(String code, String label) {
	}

	/** Where a meeting took place; the country as an alpha-2 code. */
	public record Location(String city, String venue, String country) {
	}

	/** A party the source mentions without a name ("his Russian counterparts"). */
	public record UnnamedParty(String description, String country) {
	}

	/** The delegation a meeting belongs to. */
	public record DelegationRef(String slug, String name) {
	}

}
