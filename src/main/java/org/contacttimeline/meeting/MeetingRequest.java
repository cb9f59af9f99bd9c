package org.contacttimeline.meeting;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.contacttimeline.source.CitationRequest;
import org.contacttimeline.official.ParticipantRequest;

/**
 * A meeting to create or to replace whole. The field names are those of {@link MeetingResponse}, so a meeting
 * read with GET can be edited and sent back; read-only parts of it (names, labels, the derived {@code countries})
 * are accepted and ignored where the slugs and codes say the same. Officials and the delegation are referred to by
 * slug.
 */
record MeetingRequest(
		@Size(max = 160) @Pattern(regexp = SLUG, message = "must be lower-case words joined by hyphens") String slug,
		@NotBlank @Size(max = 300) String title,
		LocalDate startDate,
		LocalDate endDate,
		@Pattern(regexp = "day|month|year|unknown", message = "must be one of: day, month, year, unknown") String datePrecision,
		@Pattern(regexp = "held|planned|speculated|cancelled", message = "must be one of: held, planned, speculated, cancelled") String status,
		@NotNull(message = "is required: a CAMEO code such as \"040\" or {\"code\": \"040\"} (see /api/v1/kinds)") @Valid Kind kind,
		@Valid Location location,
		List<@NotBlank @Size(max = 3) String> countries,
		@Size(max = 100) List<@NotNull @Valid ParticipantRequest> participants,
		@Size(max = 100) List<@NotNull @Valid UnnamedParty> unnamedParties,
		@Valid DelegationRef delegation,
		@Size(max = 5000) String summary,
		@Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
		@NotEmpty(message = "must cite at least one source with the quote that supports the meeting") @Size(max = 100)
		List<@NotNull @Valid CitationRequest> sources,
		@Size(max = 5000) String notes) {

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/**
	 * A CAMEO code, as {@code {"code": "040"}} or, as GDELT and ICEWS write it, the bare code {@code "040"}; the label
	 * is read-only.
	 */
	@Schema(name = "MeetingRequestKind")
	record Kind(@NotBlank @Pattern(regexp = "[0-9]{2,4}", message = "must be a CAMEO code such as 040 (see /api/v1/kinds)") String code,
			String label) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		Kind(@JsonProperty("code") String code, @JsonProperty("label") String label) {
			this.code = code;
			this.label = label;
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Kind of(String code) {
			return new Kind(code, null);
		}

	}

	/** Where the meeting took place; the country as an alpha-2 or alpha-3 code. */
	@Schema(name = "MeetingRequestLocation")
	record Location(@Size(max = 200) String city, @Size(max = 300) String venue, @Size(max = 3) String country) {
	}

	/** A party the source mentions without naming anyone. */
	@Schema(name = "MeetingRequestUnnamedParty")
	record UnnamedParty(@NotBlank @Size(max = 300) String description, @Size(max = 3) String country) {
	}

	/** The delegation the meeting belongs to: its slug, or an object with the slug (the name is read-only). */
	@Schema(name = "MeetingRequestDelegation")
	record DelegationRef(@NotBlank @Size(max = 160) String slug, String name) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		DelegationRef(@JsonProperty("slug") String slug, @JsonProperty("name") String name) {
			this.slug = slug;
			this.name = name;
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static DelegationRef of(String slug) {
			return new DelegationRef(slug, null);
		}

	}

}
