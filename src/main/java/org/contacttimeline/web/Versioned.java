package org.contacttimeline.web;

import org.springframework.http.ResponseEntity;

/**
 * A resource as read, with the version its ETag is made from.
 */
public record Versioned<T>(T body, long version) {

	/** 200 with the body and its ETag. */
	public ResponseEntity<T> ok() {
		return ResponseEntity.ok().eTag(Preconditions.etag(this.version)).body(this.body);
	}

}
