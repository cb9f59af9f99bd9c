package org.contacttimeline.candidate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor may give when accepting a group; all optional. Without a title the meeting takes the group's
 * (its actors and kind), without a slug one is made from the title and date. {@code createOfficials} (an article's
 * proposal): create the people the timeline does not know as officials, instead of keeping each as an unnamed party.
 */
record AcceptRequest(@Size(max = 300) String title,
		@Size(max = 160) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens") String slug,
		Boolean createOfficials) {

	static final AcceptRequest NONE = new AcceptRequest(null, null, null);

}
