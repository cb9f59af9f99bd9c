package org.contacttimeline.contact;

import org.contacttimeline.contact.internal.SelectionSql;
import org.jooq.Record1;
import org.jooq.Select;

/**
 * The contacts a filter selects as sets of ids, for queries that count or connect them instead of paging through
 * them. Each set is the engine's own composition of the filter's conditions ({@link Criterion}, {@link Period}),
 * read from the indexes a page would use, without the page's order and cut; a query that uses it must itself stay
 * bounded (count what it reads, or read few rows).
 */
public final class ContactSelection {

	private ContactSelection() {
	}

	/** The ids of the meetings the filter selects. */
	public static Select<Record1<Long>> meetings(ContactFilter filter) {
		return SelectionSql.meetingIds(filter, false);
	}

	/**
	 * The ids of the meetings the filter selects that started before its first day and still run on it (none when
	 * the filter gives no first day): what a count by the month of start adds to the months of the period.
	 */
	public static Select<Record1<Long>> meetingsStillRunning(ContactFilter filter) {
		return SelectionSql.meetingIds(filter, true);
	}

	/** The ids of the delegation visits the filter selects. */
	public static Select<Record1<Long>> delegations(ContactFilter filter) {
		return SelectionSql.delegationIds(filter, false);
	}

	/** The ids of the delegation visits the filter selects that started before its first day and still run on it. */
	public static Select<Record1<Long>> delegationsStillRunning(ContactFilter filter) {
		return SelectionSql.delegationIds(filter, true);
	}

}
