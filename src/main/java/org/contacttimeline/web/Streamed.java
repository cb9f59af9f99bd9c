package org.contacttimeline.web;

import org.contacttimeline.web.Page.Cursor;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

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
