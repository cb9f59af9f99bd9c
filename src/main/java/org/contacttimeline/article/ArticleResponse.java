package org.contacttimeline.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An article posted, with its proposals where they stand in review.
 *
 * @param alreadyPosted whether the same text was posted before: then this is that article, and nothing was added
 * @param proposals every contact the text reports, in the order the text first tells of it
 */
record ArticleResponse(long id, String publisher, @Schema(nullable = true) String headline,
		@Schema(nullable = true) String author, LocalDate publishedOn, @Schema(nullable = true) String url,
		@Schema(nullable = true) String postedBy, OffsetDateTime postedAt, boolean alreadyPosted, List<Entry> proposals) {

	/**
	 * A proposal and its candidate group in the review queue.
	 *
	 * @param candidate the group's id at {@code /api/v1/candidates/{id}}, where it is accepted or rejected
	 * @param state {@code proposed}, {@code corroborating} (the timeline has the contact: see {@code contact}),
	 * {@code accepted} or {@code rejected}
	 * @param contact the meeting or delegation it corroborates or became, or {@code null}
	 */
	@Schema(name = "ArticleProposal")
	record Entry(long candidate, String state, @Schema(nullable = true) Contact contact,
			@JsonRawValue @Schema(implementation = Proposal.class, description = "the proposal: see src/docs/articles.md") String proposal) {
	}

	/** A meeting or a delegation of the timeline, by type and slug. */
	@Schema(name = "ArticleContact")
	record Contact(String type, String slug) {
	}

}
