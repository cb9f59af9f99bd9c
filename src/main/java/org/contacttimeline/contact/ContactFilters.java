package org.contacttimeline.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.contacttimeline.country.CountryCodes;
import org.contacttimeline.web.Format;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.QueryParameters;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of the contact lists, each declared once (name, rule, message, description, example), and
 * the reading of a {@link ContactFilter} from a request: every mistake is reported at once in one 400. The
 * declarations are public so that other lists filtered the timeline's way (candidate contacts) take the same ones.
 */
@Component
public class ContactFilters {

	public static final ListParameter<LocalDate> DATE = ListParameter.date("date", "Contacts in progress that day", "2019-03-05");

	public static final ListParameter<LocalDate> FROM = ListParameter.date("from",
			"Contacts that end on or after this day (inclusive overlap)", "2019-03-01");

	public static final ListParameter<LocalDate> TO = ListParameter.date("to",
			"Contacts that start on or before this day (inclusive overlap)", "2019-03-31");

	public static final ListParameter<List<String>> COUNTRY = CountryCodes.repeatable("country",
			"A country taking part; repeatable, and every country given must take part (KP and RU: the bilateral filter)",
			"KP");

	public static final ListParameter<String> HOST = CountryCodes.parameter("host",
			"Country of the place (of a delegation visit: the host country)", "RU");

	static final ListParameter<String> OFFICIAL = ListParameter.slug("official",
			"Slug of an official who took part (of a delegation visit: a member)", "im-chon-il", "/api/v1/officials");

	static final ListParameter<String> DELEGATION = ListParameter.slug("delegation",
			"Slug of the delegation the meeting belongs to", "russian-senators-north-korea-2019-03",
			"/api/v1/delegations");

	static final ListParameter<MeetingStatus> STATUS = ListParameter.choice("status",
			"Whether the meeting took place (a delegation visit counts as held)", MeetingStatus.class);

	public static final ListParameter<String> KIND = ListParameter.matching("kind",
			"CAMEO code of the meeting's kind, e.g. 040 consult, 042 make a visit, 043 host a visit", "040",
			"[0-9]{2,4}", "is not a CAMEO code; accepted: a code of 2 to 4 digits, e.g. 040 (see /api/v1/kinds)");

	public static final ListParameter<String> Q = ListParameter.search(
			"Text in titles, summaries, topics, places, names (in either script) and roles", "political contacts");

	static final ListParameter<java.time.Instant> UPDATED_SINCE = ListParameter.instant("updatedSince",
			"Contacts whose own fields or parts (sides, participants, members, dates, citations) changed at or after this instant; "
					+ "times are those of the writing transactions, so overlap successive polls by a few seconds (or use /api/v1/changes)",
			"2019-03-14T09:00:00Z");

	/** The lists of contacts and the parameters each accepts. */
	public enum ContactList implements ListParameters {

		MEETINGS(ListParameter.format(Format.JSON, Format.CSV, Format.ICS), DATE, FROM, TO, COUNTRY, HOST, OFFICIAL,
				DELEGATION, STATUS, KIND, Q, UPDATED_SINCE),

		TIMELINE(ListParameter.format(Format.JSON, Format.CSV, Format.ICS, Format.TIMELINEJS, Format.JSONLD, Format.ATOM),
				DATE, FROM, TO, COUNTRY, HOST, OFFICIAL, DELEGATION, STATUS, KIND, Q, UPDATED_SINCE),

		DELEGATIONS(ListParameter.format(Format.JSON, Format.CSV, Format.ICS), DATE, FROM, TO, COUNTRY, HOST, OFFICIAL,
				Q, UPDATED_SINCE),

		/** The timeline's filters, for documents of their own (Popolo) that take no format. */
		CONTACTS(null, DATE, FROM, TO, COUNTRY, HOST, OFFICIAL, DELEGATION, STATUS, KIND, Q, UPDATED_SINCE);

		private final ListParameter<Format> format;

		private final List<ListParameter<?>> filters;

		private final List<ListParameter<?>> parameters;

		ContactList(ListParameter<Format> format, ListParameter<?>... filters) {
			this.format = format;
			this.filters = List.of(filters);
			List<ListParameter<?>> parameters = new java.util.ArrayList<>(List.of(filters));
			parameters.add(ListParameter.LIMIT);
			parameters.add(ListParameter.CURSOR);
			if (format != null) {
				parameters.add(format);
			}
			this.parameters = List.copyOf(parameters);
		}

		@Override
		public List<ListParameter<?>> parameters() {
			return this.parameters;
		}

		/** The filters alone, without page size, cursor and format: for lists of other things of the same contacts. */
		public List<ListParameter<?>> filters() {
			return this.filters;
		}

	}

	/** The contact filters of a request, and what the list read of its own parameters. */
	public record Filtered<T>(ContactFilter filter, T own) {
	}

	private final MeetingKinds kinds;

	ContactFilters(MeetingKinds kinds) {
		this.kinds = kinds;
	}

	/**
	 * Reads the filters and the format of a list, rejecting with one 400 everything that is wrong.
	 * @param accept the request's Accept header, or {@code null}
	 */
	public ContactFilter parse(ContactList list, MultiValueMap<String, String> parameters, String accept) {
		QueryParameters query = new QueryParameters(parameters, accept, list.parameters());
		Format format = (list.format != null) ? query.read(list.format) : Format.JSON;
		ContactFilter filter = read(query, format, true, parameters.containsKey("limit"));
		query.validate();
		return filter;
	}

	/**
	 * Reads the contact filters of a list that is not a page of contacts (counts, a network): the list declares the
	 * filters it takes (see {@link ContactList#filters()}) and parameters of its own, which {@code own} reads from
	 * the same query; everything wrong with either is rejected in one 400.
	 */
	public <T> Filtered<T> parse(ListParameters list, MultiValueMap<String, String> parameters, String accept,
			Function<QueryParameters, T> own) {
		QueryParameters query = new QueryParameters(parameters, accept, list.parameters());
		ContactFilter filter = read(query, Format.JSON, false, false);
		T read = own.apply(query);
		query.validate();
		return new Filtered<>(filter, read);
	}

	private ContactFilter read(QueryParameters query, Format format, boolean paged, boolean limitGiven) {
		LocalDate date = query.read(DATE);
		LocalDate from = query.read(FROM);
		LocalDate to = query.read(TO);
		if (from != null && to != null && from.isAfter(to)) {
			query.reject("from", "is after 'to' (" + to + "); 'from' must be on or before 'to'", from.toString());
		}
		String kind = query.read(KIND);
		if (kind != null && !this.kinds.codes().contains(kind)) {
			query.reject("kind", "is not a CAMEO code of a contact; accepted: " + String.join(", ", this.kinds.codes())
					+ " (see /api/v1/kinds)", kind);
		}
		return new ContactFilter(date, from, to, query.read(COUNTRY), query.read(HOST), query.read(OFFICIAL),
				query.read(DELEGATION), query.read(STATUS), kind, query.read(Q), query.read(UPDATED_SINCE),
				paged ? query.read(ListParameter.LIMIT) : QueryParameters.DEFAULT_LIMIT,
				paged ? query.read(ListParameter.CURSOR) : null, limitGiven, format);
	}

}
