package org.contacttimeline.revision;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of the change feed, oldest change first.
 *
 * @param items the changes
 * @param next the cursor of the next page, {@code null} on the last
 * @param newest every change up to this revision is in this page or an earlier one: pass it as {@code since} next
 * time to get only what changed after
 */
record ChangePage(List<Change> items,
		@Schema(nullable = true, description = "cursor of the next page, null on the last") String next,
		@Schema(description = "every change up to this revision has been listed (on this page or an earlier one): pass it as since next time") long newest) {
}
