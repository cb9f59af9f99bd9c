package org.contacttimeline.web;

import java.util.List;
import java.util.function.Function;

/**
 * The keyset step every list takes: read one row more than a page (its presence says another page follows), cut
 * the page, and make the cursor of the next page from its last row.
 */
public final class Keyset {

	private Keyset() {
	}

	/** How many rows to read for a page of {@code limit}. */
	public static int fetchSize(int limit) {
		return limit + 1;
	}

	/**
	 * The first {@code limit} rows and, when more were read, the cursor after the last of them.
	 * @param position the cursor that points just after a row
	 */
	public static <R> Cut<R> cut(List<R> rows, int limit, Function<R, Cursor> position) {
		if (rows.size() <= limit) {
			return new Cut<>(rows, null);
		}
		List<R> page = rows.subList(0, limit);
		return new Cut<>(page, position.apply(page.get(limit - 1)).encode());
	}

	/** A page of rows, and the cursor of the next page or {@code null} on the last one. */
	public record Cut<R>(List<R> rows, String next) {

		/** The page of responses made from these rows. */
		public <T> Page<T> page(List<T> items) {
			return new Page<>(items, this.next);
		}

	}

}
