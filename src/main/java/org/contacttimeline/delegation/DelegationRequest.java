package org.contacttimeline.delegation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.contacttimeline.country.CountryCodes;
import org.contacttimeline.source.CitationRequest;
import org.contacttimeline.editing.Slugs;
import org.contacttimeline.official.ParticipantRequest;

/**
 * A delegation to create or to replace whole. The field names are those of {@link DelegationResponse}, so a
 * delegation read with GET can be edited and sent back; read-only parts of it (names and countries of officials,
 * the {@code meetings} of the delegation, which belong to the meetings) are accepted and ignored. Officials are
 * referred to by slug, sources as in {@link CitationRequest}.
 */
@JsonIgnoreProperties(value = "meetings")
record DelegationRequest(
		@Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens") String slug,
		@NotBlank @Size(max = 300) String name,
		@NotBlank(message = "is required: the country that sends the delegation, as " + CountryCodes.ACCEPTED) @Size(max = 3) String sendingCountry,
		@NotBlank(message = "is required: the country the delegation visits, as " + CountryCodes.ACCEPTED) @Size(max = 3) String hostCountry,
		@Valid Head head,
		@Size(max = 100) List<@NotNull @Valid ParticipantRequest> members,
		LocalDate startDate,
		LocalDate endDate,
		@Pattern(regexp = "day|month|year|unknown", message = "must be one of: day, month, year, unknown") String datePrecision,
		@Size(max = 50) List<@NotNull @Valid ReportedDates> reportedDates,
		@Size(max = 5000) String purpose,
		@Size(max = 5000) String notes,
		@NotEmpty(message = "must cite at least one source with the quote that supports the delegation") @Size(max = 100)
		List<@NotNull @Valid CitationRequest> sources) {

	/**
	 * The head of the delegation: the official's slug, or an object with it (as {@code official}, or {@code slug}
	 * as in a response); {@code name}, {@code country} and {@code role} are read-only.
	 */
	@Schema(name = "DelegationRequestHead")
	record Head(@Size(max = Slugs.MAX_LENGTH) String official, @Size(max = Slugs.MAX_LENGTH) String slug, String name,
			String country, String role, String roleSource) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		Head(@JsonProperty("official") String official, @JsonProperty("slug") String slug,
				@JsonProperty("name") String name, @JsonProperty("country") String country,
				@JsonProperty("role") String role, @JsonProperty("roleSource") String roleSource) {
			this.official = official;
			this.slug = slug;
			this.name = name;
			this.country = country;
			this.role = role;
			this.roleSource = roleSource;
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Head of(String slug) {
			return new Head(null, slug, null, null, null, null);
		}

		String officialSlug() {
			return this.official != null ? this.official : this.slug;
		}

	}

	/**
	 * Dates one source gives for the visit: the source as in {@link CitationRequest} (a slug, or described; a
	 * description by publisher and headline alone names the cited source with that publisher and headline, as a
	 * response shows it), and the quote that gives the dates. A variant without an end lasts one day.
	 */
	@Schema(name = "DelegationRequestReportedDates")
	record ReportedDates(@NotNull(message = "is required: the first day the source gives") LocalDate startDate,
			LocalDate endDate,
			@Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be the slug of a known source") String source,
			@Size(max = 300) String publisher, @Size(max = 500) String headline, @Size(max = 300) String author,
			@Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
			LocalDate publishedOn,
			@NotBlank(message = "must quote the words of the source that give the dates") @Size(max = 5000) String quote,
			@Size(max = 1000) String note) {

		CitationRequest citation() {
			return new CitationRequest(this.source, this.publisher, this.headline, this.author, this.url,
					this.publishedOn, this.quote, null);
		}

	}

}
