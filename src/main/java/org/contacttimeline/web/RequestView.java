package org.contacttimeline.web;

import java.util.function.Predicate;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UrlPathHelper;

/**
 * A request as Spring MVC will see it, for the filters that classify requests before it does (the cap on expensive
 * requests, the cache, the replica's routing, size limits): the decoded path, decoded parameter names and values,
 * HEAD as a GET. A rule written on these cannot be escaped by another spelling of the same request
 * ({@code /api/v1/netw%6Frk}, {@code ?%66ormat=csv}, {@code HEAD}).
 */
public final class RequestView {

	private RequestView() {
	}

	/** The path within the application, percent-decoded and without {@code ;} parameters, as handlers are matched. */
	public static String path(HttpServletRequest request) {
		return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
	}

	/** Whether the request is at {@code prefix} or below it, by its decoded path. */
	public static boolean under(HttpServletRequest request, String prefix) {
		String path = path(request);
		return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
	}

	/** A GET or a HEAD: a HEAD does all the work of its GET, then sends no body. */
	public static boolean read(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	/**
	 * The first value of a query parameter, name and value percent-decoded as the container will decode them, read from
	 * the query string without making the container parse (and perhaps refuse) the parameters: a pair that cannot be
	 * decoded is skipped, and left to the endpoint, which answers it as bad input. {@code null} when absent.
	 */
	public static String parameter(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			try {
				String key = decode(equals < 0 ? pair : pair.substring(0, equals));
				if (key.equals(name)) {
					return equals < 0 ? "" : decode(pair.substring(equals + 1));
				}
			}
			catch (IllegalArgumentException ex) {
				// not decodable: the container refuses it, and the endpoint answers 400
			}
		}
		return null;
	}

	private static String decode(String text) {
		return text.indexOf('%') < 0 && text.indexOf('+') < 0 ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	/**
	 * A read that a filter can make again from its start, elsewhere (on the primary, when the replica it read from went
	 * away): the filter offers it on the request before the controller runs, and the problem advice, before it answers a
	 * lost connection with a 503, asks; when the offer is taken, the failure goes on up to the filter, which reads again,
	 * and the client sees only the second answer.
	 */
	public static final class Rereads {

		private static final String ATTRIBUTE = Rereads.class.getName();

		private Rereads() {
		}

		/**
		 * Offers to read the request again: {@code reread} says, for a failure, whether it will (and prepares for it: the
		 * next read goes elsewhere); it is asked at most once for a failure it accepts.
		 */
		public static void offer(HttpServletRequest request, Predicate<Throwable> reread) {
			request.setAttribute(ATTRIBUTE, reread);
		}

		public static void withdraw(HttpServletRequest request) {
			request.removeAttribute(ATTRIBUTE);
		}

		/** Whether the failure is left to the filter that offered to read again (which then will). */
		@SuppressWarnings("unchecked")
		static boolean taken(HttpServletRequest request, Throwable failure) {
			return request.getAttribute(ATTRIBUTE) instanceof Predicate<?> reread && ((Predicate<Throwable>) reread).test(failure);
		}

	}

	/**
	 * An answer held back while it is written (by a filter that keeps answers whole, to label and keep them) that its
	 * writer may let go out as it is written from then on: a whole export, once its first page is written, so that a
	 * client that has gone is noticed at the next write instead of after the first megabyte.
	 */
	public static final class Holding {

		private static final String ATTRIBUTE = Holding.class.getName();

		/** Stops holding the answer back: what is held goes out, and so does everything written after it. */
		@FunctionalInterface
		public interface Release {

			void release() throws java.io.IOException;

		}

		private Holding() {
		}

		public static void offer(HttpServletRequest request, Release release) {
			request.setAttribute(ATTRIBUTE, release);
		}

		public static void withdraw(HttpServletRequest request) {
			request.removeAttribute(ATTRIBUTE);
		}

		/** Lets the request's answer go out as it is written, when something holds it back. */
		public static void release(HttpServletRequest request) throws java.io.IOException {
			if (request.getAttribute(ATTRIBUTE) instanceof Release release) {
				release.release();
			}
		}

	}

}
