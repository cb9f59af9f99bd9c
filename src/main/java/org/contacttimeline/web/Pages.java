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

	/**
	 * The URL of the list at {@code path}, filtered by {@code filters}, from {@code cursor} on: where a nested list
	 * that shows only its first items continues. {@code null} when no cursor (the nested list is whole).
	 */
	public static String continuation(String path, java.util.Map<String, String> filters, String cursor) {
		if (cursor == null) {
			return null;
		}
		org.springframework.web.util.UriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentContextPath().path(path);
		filters.forEach(url::queryParam);
		return url.queryParam("cursor", cursor).encode().build().toUriString();
	}

}
