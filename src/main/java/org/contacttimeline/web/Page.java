package org.contacttimeline.web;

import org.contacttimeline.web.Page.Cursor;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list: its items and the opaque cursor of the next page, {@code null} on the last page. Every list
 * takes the same keyset step, written here once: read one row more than a page ({@link #fetchSize}: its presence says
 * another page follows), {@linkplain #cut cut} the page, make the next cursor from its last row; and answers with
 * {@code Link: <...>; rel="next"} when more follow ({@link #answer}).
 */
public record Page<T>(List<T> items, @Schema(nullable = true) String next) {

	/** How many rows to read for a page of {@code limit}. */
	public static int fetchSize(int limit) {
		return limit + 1;
	}

	/**
	 * The first {@code limit} rows and, when more were read, the cursor after the last of them.
	 * @param position the cursor that points just after a row
	 */
	public static <R> Page<R> cut(List<R> rows, int limit, Function<R, Cursor> position) {
		if (rows.size() <= limit) {
			return new Page<>(rows, null);
		}
		List<R> page = rows.subList(0, limit);
		return new Page<>(page, position.apply(page.get(limit - 1)).encode());
	}

	/** The same page with other items: the responses made from its rows. */
	public <U> Page<U> with(List<U> items) {
		return new Page<>(items, this.next);
	}

	/** 200 with this page and, when more follow, a {@code Link} header to the next one. */
	public ResponseEntity<Page<T>> answer() {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (this.next != null) {
			String url = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("cursor", this.next)
				.build()
				.toUriString();
			response.header(HttpHeaders.LINK, "<" + url + ">; rel=\"next\"");
		}
		return response.body(this);
	}

	/**
	 * The URL of the list at {@code path}, filtered by {@code filters}, from {@code cursor} on: where a nested list
	 * that shows only its first items continues. {@code null} when no cursor (the nested list is whole).
	 */
	public static String continuation(String path, Map<String, String> filters, String cursor) {
		if (cursor == null) {
			return null;
		}
		UriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentContextPath().path(path);
		filters.forEach(url::queryParam);
		return url.queryParam("cursor", cursor).encode().build().toUriString();
	}

	/**
	 * A keyset position in a list ordered by start date (undated last), then slug, then type: the last item a page
	 * returned. Clients see it only as an opaque string; a tampered one is rejected with 400.
	 *
	 * @param startDate the last item's start date, {@code null} when it had none
	 * @param slug the last item's slug
	 * @param type the kind of the last item ({@code meeting}, {@code delegation}, {@code official})
	 */
	public record Cursor(LocalDate startDate, String slug, String type) {

		/** The form of a cursor: base64url. */
		static final String PATTERN = "[A-Za-z0-9_-]+={0,2}";

		private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

		private static final Pattern TYPE = Pattern.compile("[a-z]+");

		public String encode() {
			String raw = "1|" + (this.startDate != null ? this.startDate : "") + "|" + this.slug + "|" + this.type;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * Reads a cursor that a previous page returned.
		 * @throws InvalidRequestException if it was not made by this service
		 */
		public static Cursor decode(String value) {
			try {
				String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
				String[] parts = raw.split("\\|", -1);
				if (parts.length == 4 && parts[0].equals("1") && SLUG.matcher(parts[2]).matches()
						&& TYPE.matcher(parts[3]).matches()) {
					LocalDate startDate = parts[1].isEmpty() ? null : LocalDate.parse(parts[1]);
					if (startDate == null || QueryParameters.storable(startDate)) {
						return new Cursor(startDate, parts[2], parts[3]);
					}
				}
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				// falls through to the problem below
			}
			throw new InvalidRequestException("cursor",
					"is not a cursor this service issued; pass the 'next' value of a previous page unchanged, or omit it for the first page",
					value);
		}

	}

	/**
	 * A whole filtered list, read page by page (keyset, so each page costs what the first does) while it is written
	 * out: an export of any size in constant memory.
	 */
	public record Streamed<T>(Iterable<T> items) {

		/**
		 * A whole list that ran past the time it is allowed (an export's own bound): once its first byte is out it ends
		 * the response abruptly (the advice leaves it to the container, which cuts the connection without the chunked
		 * stream's last chunk), so that a client can tell the file is incomplete; before that, a 503 problem.
		 */
		public static final class Overran extends RuntimeException {

			public Overran(String message) {
				super(message);
			}

		}

		/** How many entries an export reads at a time. */
		public static final int PAGE = 500;

		/** The items of every page {@code fetch} returns, following each page's cursor to the next. */
		public static <T> Streamed<T> of(Function<Cursor, Page<T>> fetch) {
			return new Streamed<>(() -> new Iterator<T>() {

				private Iterator<T> page = List.<T>of().iterator();

				private String next;

				private boolean started;

				@Override
				public boolean hasNext() {
					while (!this.page.hasNext() && (!this.started || this.next != null)) {
						Page<T> fetched = fetch.apply(this.started ? Cursor.decode(this.next) : null);
						this.started = true;
						this.next = fetched.next();
						this.page = fetched.items().iterator();
					}
					return this.page.hasNext();
				}

				@Override
				public T next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					return this.page.next();
				}

			});
		}

	}

}
