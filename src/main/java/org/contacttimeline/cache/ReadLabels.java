package org.contacttimeline.cache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a read is answered with besides its body, written once for both ways a read is answered: the ETag, the
 * {@code Cache-Control} as configured and {@code Vary}; a 304; an answer kept in memory sent again.
 */
final class ReadLabels {

	/**
	 * What an answer varies by, for shared caches: the format asked for, and the encoding (Tomcat compresses the
	 * larger answers for clients that accept gzip, after the cache).
	 */
	private static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING;

	/** The headers that belong to an answer (the rest, CORS and security headers, are written for each request). */
	private static final List<String> KEPT = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LINK, HttpHeaders.ETAG);

	private final String cacheControl;

	private final String build;

	/**
	 * @param cacheControl the {@code Cache-Control} of a read that succeeded
	 * @param build the build's identity, part of every ETag
	 */
	ReadLabels(String cacheControl, String build) {
		this.cacheControl = cacheControl;
		this.build = build;
	}

	String etag(long version, RequestKey key) {
		return key.etag(version, this.build);
	}

	/**
	 * The headers of an answer, written before its body: a success may be revalidated with {@code etag} (unless its
	 * controller gave its own, a resource's version) and cached as configured; an error is neither.
	 */
	void label(HttpServletResponse response, java.util.function.Supplier<String> etag) {
		if (response.getStatus() >= 400) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return;
		}
		if (!response.containsHeader(HttpHeaders.ETAG)) {
			response.setHeader(HttpHeaders.ETAG, etag.get()); // made only when sent: a resource has its own
		}
		cacheable(response);
	}

	void notModified(HttpServletResponse response, String etag) {
		response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
		response.setHeader(HttpHeaders.ETAG, etag);
		cacheable(response);
	}

	/** Sends an answer kept in memory (or a 304 when the request holds its ETag). */
	void send(HttpServletRequest request, HttpServletResponse response, AnswerCache.Answer answer) throws IOException {
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag(), true)) {
			notModified(response, answer.etag());
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		for (Map.Entry<String, String> header : answer.headers()) {
			if (HttpHeaders.CONTENT_TYPE.equals(header.getKey())) {
				response.setContentType(header.getValue());
			}
			else {
				response.addHeader(header.getKey(), header.getValue());
			}
		}
		cacheable(response);
		response.setContentLength(answer.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(answer.body());
		}
	}

	private void cacheable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		response.addHeader(HttpHeaders.VARY, VARY);
	}

	/**
	 * The answer to keep: a 200 with the headers that belong to it; {@code null} when it may not be kept: when it sets
	 * a cookie, or is a problem (a client that accepts only problem+json can be sent a list under that type; another
	 * client must not get it so).
	 */
	static AnswerCache.Answer keepable(HttpServletResponse response, byte[] body) {
		String type = response.getContentType();
		if (response.getStatus() != 200 || response.containsHeader(HttpHeaders.SET_COOKIE) || type == null
				|| MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
			return null;
		}
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : KEPT) {
			for (String value : response.getHeaders(name)) {
				headers.add(Map.entry(name, value));
			}
		}
		return new AnswerCache.Answer(response.getHeader(HttpHeaders.ETAG), List.copyOf(headers), body);
	}

	/**
	 * Whether {@code If-None-Match} names the ETag (weak comparison, as RFC 9110 asks for GET); {@code *} only when
	 * the answer is known to exist.
	 */
	static boolean matches(String ifNoneMatch, String etag, boolean exists) {
		if (ifNoneMatch == null || etag == null) {
			return false;
		}
		String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if ((tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque) || (exists && tag.equals("*"))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the request asks to be answered afresh ({@code Cache-Control: no-cache}). */
	static boolean noCache(HttpServletRequest request) {
		for (String value : Collections.list(request.getHeaders(HttpHeaders.CACHE_CONTROL))) {
			if (value.toLowerCase(Locale.ROOT).contains("no-cache")) {
				return true;
			}
		}
		return false;
	}

}
