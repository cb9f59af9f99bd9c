package org.contacttimeline.editing;

import org.contacttimeline.web.Problems;
import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A resource as read, with the version its ETag is made from.
 */
public record Versioned<T>(T body, long version) {

	/**
	 * The resource read, or a 404 saying that there is no {@code kind} with that slug.
	 * @throws org.springframework.web.ErrorResponseException when {@code found} is empty
	 */
	public static <T> Versioned<T> found(String kind, String slug, java.util.Optional<Versioned<T>> found) {
		return found.orElseThrow(() -> Problems.notFound(kind, slug));
	}

	/** 201 for a resource just created under {@code slug}: its URL in Location, its ETag, and the body. */
	public ResponseEntity<T> created(String slug) {
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{slug}").buildAndExpand(slug).toUri();
		return ResponseEntity.created(location).eTag(Preconditions.etag(this.version)).body(this.body);
	}

	/** 200 with the body and its ETag. */
	public ResponseEntity<T> ok() {
		return ResponseEntity.ok().eTag(Preconditions.etag(this.version)).body(this.body);
	}

}
