package org.contacttimeline.candidate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A candidate group as editors review it: the events that report one contact, and what became of it.
 *
 * @param state {@code proposed}, {@code corroborating}, {@code accepted} or {@code rejected}
 * @param origin where it comes from: {@code gdelt}, {@code plover} or {@code article}
 * @param title made from the most mentioned event (its actors and its kind), or the article's proposal
 * @param datePrecision {@code day} for events; an article's proposal may be dated to the {@code month} or
 * {@code year}, or not at all ({@code unknown}, no dates)
 * @param countries the pair of countries (alpha-2)
 * @param kind the CAMEO code and label of the most mentioned event
 * @param mentions the mentions of all its events
 * @param candidateCount how many events it holds
 * @param candidates its most mentioned events (all of them, up to a limit, when one group is read)
 * @param meeting the meeting it corroborates or became, or {@code null}
 * @param delegation the delegation visit it corroborates or became, or {@code null}
 * @param proposal an article's proposal whole, every field with its quote; left out for events
 * @param decision who accepted or rejected it, when, and (rejected) why; {@code null} while undecided
 */
record CandidateGroupResponse(long id, String state, String origin, @Schema(nullable = true) String title,
		@Schema(nullable = true) LocalDate startDate, @Schema(nullable = true) LocalDate endDate, String datePrecision,
		List<String> countries, @Schema(nullable = true) Kind kind, @Schema(nullable = true) Place place, long mentions,
		int candidateCount, List<CandidateResponse> candidates, @Schema(nullable = true) MeetingRef meeting,
		@JsonInclude(JsonInclude.Include.NON_NULL) MeetingRef delegation, @Schema(nullable = true) Decision decision,
		@JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue @Schema(implementation = Object.class, description = "an article's proposal: see src/docs/articles.md (ArticleProposal)") String proposal) {

	record Kind(String code, @Schema(nullable = true) String label) {
	}

	/** Where the contact took place, as the events give it; the country as an alpha-2 code. */
	record Place(@Schema(nullable = true) String name, @Schema(nullable = true) String city,
			@Schema(nullable = true) String country) {
	}

	/** The meeting (or delegation) a group corroborates or became: its slug and title (a delegation's name). */
	record MeetingRef(String slug, String title) {
	}

	record Decision(String by, OffsetDateTime at, @Schema(nullable = true) String reason) {
	}

	/** One machine-coded event, as the file gave it. */
	record CandidateResponse(String origin, String eventId, @Schema(nullable = true) LocalDate date,
			@Schema(nullable = true) String code, @Schema(nullable = true) Actor actor1,
			@Schema(nullable = true) Actor actor2, @Schema(nullable = true) Place place,
			@Schema(nullable = true) String sourceUrl, int mentions, long importId) {
	}

	/** A side of an event: the name the coder gave, and the country (alpha-2). */
	record Actor(@Schema(nullable = true) String name, @Schema(nullable = true) String country) {
	}

	CandidateGroupResponse withCandidates(List<CandidateResponse> events) {
		return new CandidateGroupResponse(this.id, this.state, this.origin, this.title, this.startDate, this.endDate,
				this.datePrecision, this.countries, this.kind, this.place, this.mentions, this.candidateCount, events,
				this.meeting, this.delegation, this.decision, this.proposal);
	}

}
