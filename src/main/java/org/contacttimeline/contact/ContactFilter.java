package org.contacttimeline.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.contacttimeline.web.Page.Cursor;
import org.contacttimeline.web.Format;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Page.Streamed;

import org.springframework.http.ResponseEntity;

/**
 * The filters of a list of contacts ({@code /meetings}, {@code /delegations}, {@code /timeline} and their exports),
 * all combinable; read from a request by {@link ContactFilters}.
 *
 * @param date contacts in progress that day
 * @param from contacts that end on or after this day
 * @param to contacts that start on or before this day
 * @param countries alpha-2 codes of countries that must all take part
 * @param host alpha-2 code of the country where the contact takes place
 * @param official slug of an official who must take part
 * @param delegation slug of the delegation a meeting belongs to
 * @param status whether a meeting was held, planned, ...
 * @param kind the CAMEO code of a meeting
 * @param q text to find in titles, summaries, topics, places, names and roles
 * @param updatedSince contacts whose own fields or parts last changed at or after this instant
 * @param limit page size
 * @param cursor where the previous page ended, or {@code null}
 * @param limitGiven whether the request gave a page size (exports without one are whole)
 * @param format JSON pages, or an export
 */
public record ContactFilter(LocalDate date, LocalDate from, LocalDate to, List<String> countries, String host,
		String official, String delegation, MeetingStatus status, String kind, String q, Instant updatedSince, int limit,
		Cursor cursor,
		boolean limitGiven, Format format) {

	public ContactFilter {
		countries = List.copyOf(countries);
	}

	/** Every contact, a page of {@code limit}. */
	public static ContactFilter all(int limit) {
		return new ContactFilter(null, null, null, List.of(), null, null, null, null, null, null, null, limit, null, true,
				Format.JSON);
	}

	/** The meetings an official took part in, a page of {@code limit}. */
	public static ContactFilter ofOfficial(String slug, int limit) {
		return new ContactFilter(null, null, null, List.of(), null, slug, null, null, null, null, null, limit, null, true,
				Format.JSON);
	}

	/** The meetings of a delegation's visit, a page of {@code limit}. */
	public static ContactFilter ofDelegation(String slug, int limit) {
		return new ContactFilter(null, null, null, List.of(), null, null, slug, null, null, null, null, limit, null, true,
				Format.JSON);
	}

	/** The same filter for another page. */
	public ContactFilter page(int limit, Cursor cursor) {
		return new ContactFilter(this.date, this.from, this.to, this.countries, this.host, this.official,
				this.delegation, this.status, this.kind, this.q, this.updatedSince, limit, cursor, true, this.format);
	}

	/** The same filter over another period. */
	public ContactFilter period(LocalDate from, LocalDate to) {
		return new ContactFilter(this.date, from, to, this.countries, this.host, this.official, this.delegation,
				this.status, this.kind, this.q, this.updatedSince, this.limit, this.cursor, this.limitGiven, this.format);
	}

	/** Every contact the filter selects, read page by page (keyset) as they are consumed: any size, constant memory. */
	public <T> Streamed<T> whole(Function<ContactFilter, Page<T>> read) {
		return Streamed.of((cursor) -> read.apply(page(Streamed.PAGE, cursor)));
	}

	/** A list's answer: the whole export, streamed, when one is asked for ({@link #wholeExport}); else one page. */
	public <T> ResponseEntity<?> answer(Function<ContactFilter, Page<T>> read) {
		return wholeExport() ? ResponseEntity.ok(whole(read)) : read.apply(this).answer();
	}

	/** Whether the request asks for a whole export (a format other than JSON, with no page size). */
	public boolean wholeExport() {
		return this.format != Format.JSON && !this.limitGiven;
	}

	/** Whether any filter limits the dates, which leaves undated contacts out. */
	public boolean datesBounded() {
		return this.date != null || this.from != null || this.to != null;
	}

}
