package org.contacttimeline.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Answers with a page and, when more follow, a {@code Link: <...>; rel="next"} header to the next one.
 */
public final class Pages {

	private Pages() {
	}

	public static <T> ResponseEntity<Page<T>> ok(Page<T> page) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (page.next() != null) {
			String next = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("cursor", page.next())
				.build()
				.toUriString();
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(page);
	}

}
