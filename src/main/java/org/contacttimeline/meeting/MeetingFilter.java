package org.contacttimeline.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.contacttimeline.country.Countries;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Format;
import org.contacttimeline.web.QueryParameters;

import org.springframework.util.MultiValueMap;

/**
 * The filters of {@code /meetings} and {@code /timeline}, all combinable, parsed strictly from the query string.
 *
 * @param date meetings in progress that day
 * @param from meetings that end on or after this day
 * @param to meetings that start on or before this day
 * @param countries alpha-2 codes of countries that must all take part
 * @param host alpha-2 code of the country where the meeting takes place
 * @param official slug of an official who must take part
 * @param delegation slug of the delegation the meeting belongs to
 * @param status held, planned, speculated or cancelled
 * @param q text to find in titles, summaries, topics, places and names
 * @param limit page size
 * @param cursor where the previous page ended, or {@code null}
 * @param limitGiven whether the request gave a page size (exports without one are whole)
 * @param format JSON pages, or an export
 */
public record MeetingFilter(LocalDate date, LocalDate from, LocalDate to, List<String> countries, String host,
		String official, String delegation, String status, String q, int limit, Cursor cursor, boolean limitGiven,
		Format format) {

	public static final List<String> STATUSES = List.of("held", "planned", "speculated", "cancelled");

	static final Set<String> PARAMETERS = Set.of("date", "from", "to", "country", "host", "official", "delegation",
			"status", "q", "limit", "cursor", "format");

	private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/**
	 * Reads the filters and the format, rejecting with one 400 everything that is wrong.
	 * @param accept the request's Accept header, or {@code null}
	 */
	public static MeetingFilter parse(MultiValueMap<String, String> parameters, String accept, Countries countries) {
		QueryParameters query = new QueryParameters(parameters, PARAMETERS);
		Format format = Format.of(query, accept);
		LocalDate date = query.date("date");
		LocalDate from = query.date("from");
		LocalDate to = query.date("to");
		if (from != null && to != null && from.isAfter(to)) {
			query.reject("from", "is after 'to' (" + to + "); 'from' must be on or before 'to'", from.toString());
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String code : query.texts("country")) {
			String resolved = countries.resolve(code);
			if (resolved == null) {
				query.reject("country", "is not a known country code; accepted: " + Countries.ACCEPTED, code);
			}
			else {
				codes.add(resolved);
			}
		}
		String host = query.map("host", countries::resolve, "is not a known country code; accepted: " + Countries.ACCEPTED);
		String official = query.map("official", (slug) -> slug.matches(SLUG) ? slug : null,
				"is not a slug; accepted: lower-case words joined by hyphens, e.g. im-chon-il (see /api/v1/officials)");
		String delegation = query.map("delegation", (slug) -> slug.matches(SLUG) ? slug : null,
				"is not a slug; accepted: lower-case words joined by hyphens (see /api/v1/delegations)");
		String status = query.map("status", (value) -> STATUSES.contains(value.toLowerCase(Locale.ROOT))
				? value.toLowerCase(Locale.ROOT) : null, "is not a status; accepted: " + String.join(", ", STATUSES));
		String q = query.text("q");
		int limit = query.limit();
		Cursor cursor = query.cursor();
		query.validate();
		return new MeetingFilter(date, from, to, new ArrayList<>(codes), host, official, delegation, status, q, limit,
				cursor, parameters.containsKey("limit"), format);
	}

	/** The same filter for another page. */
	public MeetingFilter page(int limit, Cursor cursor) {
		return new MeetingFilter(this.date, this.from, this.to, this.countries, this.host, this.official,
				this.delegation, this.status, this.q, limit, cursor, true, this.format);
	}

	/** Whether the request asks for a whole export (a format other than JSON, with no page size). */
	public boolean wholeExport() {
		return this.format != Format.JSON && !this.limitGiven;
	}

	/** Whether any filter limits the dates, which leaves undated meetings out. */
	boolean datesBounded() {
		return this.date != null || this.from != null || this.to != null;
	}

}
