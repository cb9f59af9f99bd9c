package org.contacttimeline.cache;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

import org.contacttimeline.web.Format;
import org.contacttimeline.web.InvalidRequestException;
import org.contacttimeline.web.RequestView;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A read of the API as its answer depends on it: origin, path, query parameters sorted by name, and the format asked
 * for ({@code format=} is a parameter; {@code Accept} counts by the format it selects, {@link Format#requested});
 * {@code Accept-Encoding} needs no place here, since Tomcat compresses after the cache. Made once per request and
 * shared by the two filters that read it (see {@link #of}).
 */
record RequestKey(String value) {

	private static final String ATTRIBUTE = RequestKey.class.getName();

	/**
	 * The key of a GET or HEAD (as Spring MVC reads it: decoded path and parameters), made the first time it is asked for and kept with the request; {@code null} for another
	 * method, or when {@code Accept} is not a list of media types (the list answers that as bad input).
	 */
	static RequestKey of(HttpServletRequest request) {
		if (!RequestView.read(request)) {
			return null;
		}
		Object kept = request.getAttribute(ATTRIBUTE);
		if (kept instanceof RequestKey key) {
			return key;
		}
		Format format;
		try {
			format = Format.requested(request.getHeader(HttpHeaders.ACCEPT));
		}
		catch (InvalidRequestException ex) {
			return null;
		}
		RequestKey key = new RequestKey(value(request, format));
		request.setAttribute(ATTRIBUTE, key);
		return key;
	}

	static String value(HttpServletRequest request, Format format) {
		StringBuilder key = new StringBuilder(128).append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(RequestView.path(request));
		String query = request.getQueryString();
		if (query != null && !query.isEmpty()) {
			// as Spring MVC reads them (decoded), encoded one way; a stable sort by name keeps a repeated one's order
			String[] parameters = Arrays.stream(query.split("&")).filter((p) -> !p.isEmpty()).map(RequestKey::canonical)
				.toArray(String[]::new);
			Arrays.sort(parameters, Comparator.comparing((String p) -> p.indexOf('=') < 0 ? p : p.substring(0, p.indexOf('='))));
			key.append('?').append(String.join("&", parameters));
		}
		return key.append(' ').append(format.parameterValue()).toString();
	}

	/** One spelling of a parameter: {@code %66ormat=a%20b} and {@code format=a+b} are the same to the endpoint. */
	private static String canonical(String pair) {
		int equals = pair.indexOf('=');
		try {
			String name = URLEncoder.encode(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8), UTF_8);
			return equals < 0 ? name : name + "=" + URLEncoder.encode(URLDecoder.decode(pair.substring(equals + 1), UTF_8), UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return pair; // not decodable: answered as bad input, and never equal to an encoded pair
		}
	}

	/**
	 * A weak ETag (the same answer may be sent compressed or not) made from the data version, the build (a new build
	 * may write the same data otherwise, and must not be answered 304 for a body an older one sent) and this key.
	 */
	String etag(long version, String build) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest((build + ' ' + this.value).getBytes(StandardCharsets.UTF_8));
			return "W/\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
