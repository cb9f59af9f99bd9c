package org.contacttimeline.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers with a whole export, written while it is read page by page: beyond {@code timeline.cache.max-answer} it is
 * streamed, not held in memory nor kept (an export of a million meetings would not fit; see {@link CachedReads}).
 * Its ETag is the one every read gets from the data version and the request, so a client holding it gets a 304
 * without the export being read at all.
 */
@Component
public class Exports {

	/** How many entries an export reads at a time. */
	public static final int PAGE = 500;

	public <T> ResponseEntity<Streamed<T>> whole(Streamed<T> items) {
		return ResponseEntity.ok().body(items);
	}

}
