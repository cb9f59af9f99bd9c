package org.contacttimeline.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contacttimeline.contact.ContactFilters;
import org.contacttimeline.country.CountryCodes;
import org.contacttimeline.web.Page.Cursor;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.QueryParameters;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of the review list: the timeline's own declarations where they apply (date, from, to,
 * country, host, kind, q, limit, cursor), and the review state. Reads a {@link CandidateFilter}, every mistake in one
 * 400.
 */
@Component
class CandidateFilters {

	static final ListParameter<ReviewState> STATE = ListParameter.choice("state",
			"Where the groups are in review (default proposed: those waiting for an editor)", ReviewState.class);

	static final ListParameter<Origin> ORIGIN = ListParameter.choice("origin",
			"Where the groups come from (default: every origin)", Origin.class);

	/** A cursor's position in the list: the mentions and the id of the last group of a page. */
	private static final Pattern POSITION = Pattern.compile("m([0-9]{1,18})-([0-9]{1,18})");

	private static final String CURSOR_TYPE = "candidate";

	/** The cursor of this list, with an example of its own (a candidate group's, not a meeting's). */
	private static final ListParameter<Cursor> CURSOR = ListParameter.CURSOR
		.withExample(new Cursor(java.time.LocalDate.of(2019, 4, 25), "m12-1", CURSOR_TYPE).encode());

	/** The list of candidate groups and the parameters it accepts. */
	enum CandidateList implements ListParameters {

		CANDIDATES;

		@Override
		public List<ListParameter<?>> parameters() {
			return List.of(ContactFilters.DATE, ContactFilters.FROM, ContactFilters.TO, ContactFilters.COUNTRY,
					ContactFilters.HOST, ContactFilters.KIND, ContactFilters.Q, STATE, ORIGIN, ListParameter.LIMIT, CURSOR);
		}

	}

	CandidateFilters() {
	}

	CandidateFilter parse(MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, null,
				CandidateList.CANDIDATES.parameters());
		LocalDate from = query.read(ContactFilters.FROM);
		LocalDate to = query.read(ContactFilters.TO);
		if (from != null && to != null && from.isAfter(to)) {
			query.reject("from", "is after 'to' (" + to + "); 'from' must be on or before 'to'", from.toString());
		}
		String kind = query.read(ContactFilters.KIND);
		if (kind != null && !Cameo.CONTACTS.contains(kind)) {
			query.reject("kind", "is not a code candidates are kept for; accepted: "
					+ String.join(", ", Cameo.CONTACTS.stream().sorted().toList()), kind);
		}
		ReviewState state = query.read(STATE);
		Origin origin = query.read(ORIGIN);
		CandidateFilter.Position after = position(query, query.read(CURSOR));
		CandidateFilter filter = new CandidateFilter(query.read(ContactFilters.DATE), from, to,
				query.read(ContactFilters.COUNTRY), query.read(ContactFilters.HOST), kind, query.read(ContactFilters.Q),
				(state != null) ? state : ReviewState.PROPOSED, origin, query.read(ListParameter.LIMIT), after);
		query.validate();
		return filter;
	}

	/** The cursor that points just after a group. */
	static Cursor cursor(CandidateGroupResponse group) {
		return new Cursor(group.startDate(), "m" + group.mentions() + "-" + group.id(), CURSOR_TYPE);
	}

	private static CandidateFilter.Position position(QueryParameters query, Cursor cursor) {
		if (cursor == null) {
			return null;
		}
		Matcher position = POSITION.matcher(cursor.slug());
		if (!CURSOR_TYPE.equals(cursor.type()) || !position.matches()) {
			query.reject("cursor", "is not a cursor of this list; pass the 'next' value of a previous page unchanged, "
					+ "or omit it for the first page", cursor.encode());
			return null;
		}
		return new CandidateFilter.Position(cursor.startDate(), Long.parseLong(position.group(1)),
				Long.parseLong(position.group(2)));
	}

}
