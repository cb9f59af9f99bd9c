package org.contacttimeline.contact;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.contacttimeline.source.SourceResponse;

/**
 * A meeting as the API shows it: who met whom, in what role, where, when (and how precisely), on whose report.
 *
 * @param datePrecision {@code day}, {@code month}, {@code year} or {@code unknown} (then no dates)
 * @param countries alpha-2 codes of every side
 * @param unnamedParties parties the source mentions without naming anyone
 */
public record MeetingResponse(String slug, String title, @Schema(nullable = true) LocalDate startDate,
		@Schema(nullable = true) LocalDate endDate, String datePrecision, String status,
		@Schema(nullable = true) Kind kind, @Schema(nullable = true) Location location, List<String> countries,
		List<ParticipantResponse> participants, List<UnnamedParty> unnamedParties,
		@Schema(nullable = true) DelegationRef delegation, @Schema(nullable = true) String summary, List<String> topics,
		List<SourceResponse> sources, @Schema(nullable = true) String notes) implements Contact {

	@Override
	public TimelineEntry asEntry() {
		return TimelineEntry.of(this);
	}

	/** A CAMEO event code and its label. */
	public record Kind(String code, @Schema(nullable = true) String label) {
	}

	/** Where a meeting took place; the country as an alpha-2 code. */
	public record Location(@Schema(nullable = true) String city, @Schema(nullable = true) String venue,
			@Schema(nullable = true) String country) {
	}

	/** A party the source mentions without a name ("his Russian counterparts"). */
	public record UnnamedParty(String description, @Schema(nullable = true) String country) {
	}

	/** The delegation a meeting belongs to. */
	public record DelegationRef(String slug, String name) {
	}

}
