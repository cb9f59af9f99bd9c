package org.contacttimeline.contact.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;


/**
 * The tables the read side queries, as typed jOOQ tables and fields (what jOOQ's code generator would write, kept
 * by hand for the few tables read here). Each is taken under an alias, so that one table can appear twice in a
 * query ({@code side} and {@code side1}).
 */
public final class Tables {

	private Tables() {
	}

	static Field<Long> bigint(String alias, String column) {
		return DSL.field(DSL.name(alias, column), SQLDataType.BIGINT);
	}

	static Field<String> varchar(String alias, String column) {
		return DSL.field(DSL.name(alias, column), SQLDataType.VARCHAR);
	}

	static Field<LocalDate> day(String alias, String column) {
		return DSL.field(DSL.name(alias, column), SQLDataType.LOCALDATE);
	}

	static Field<Instant> instant(String alias, String column) {
		return DSL.field(DSL.name(alias, column), SQLDataType.INSTANT);
	}

	static Table<?> of(String table, String alias) {
		return DSL.table(DSL.name(table)).as(alias);
	}

	/** {@code meeting}: a contact's own columns. */
	public record Meetings(Table<?> table, Field<Long> id, Field<String> slug, Field<String> title, Field<LocalDate> startDate,
			Field<LocalDate> endDate, Field<String> datePrecision, Field<String> status, Field<String> kindCode,
			Field<String> city, Field<String> venue, Field<String> locationCountry, Field<String> summary,
			Field<String[]> topics, Field<Long> delegationId, Field<String> notes, Field<Long> version,
			Field<Object> search, Field<String[]> facets, Field<Instant> updatedAt) {

		public static Meetings as(String a) {
			return new Meetings(of("meeting", a), bigint(a, "id"), varchar(a, "slug"), varchar(a, "title"),
					day(a, "start_date"), day(a, "end_date"), varchar(a, "date_precision"), varchar(a, "status"),
					varchar(a, "kind_code"), varchar(a, "city"), varchar(a, "venue"), varchar(a, "location_country"),
					varchar(a, "summary"), DSL.field(DSL.name(a, "topics"), SQLDataType.VARCHAR.array()), bigint(a, "delegation_id"),
					varchar(a, "notes"), bigint(a, "version"), DSL.field(DSL.name(a, "search"), SQLDataType.OTHER),
					DSL.field(DSL.name(a, "facets"), SQLDataType.VARCHAR.array()), instant(a, "updated_at"));
		}

	}

	/** {@code meeting_country}: every side of a meeting, with the meeting's start date copied (V7). */
	public record Sides(Table<?> table, Field<Long> meetingId, Field<String> countryCode, Field<LocalDate> startDate) {

		public static Sides as(String a) {
			return new Sides(of("meeting_country", a), bigint(a, "meeting_id"), varchar(a, "country_code"),
					day(a, "start_date"));
		}

	}

	/** {@code meeting_participant}. */
	public record Participants(Table<?> table, Field<Long> meetingId, Field<Long> officialId, Field<String> role,
			Field<LocalDate> startDate) {

		public static Participants as(String a) {
			return new Participants(of("meeting_participant", a), bigint(a, "meeting_id"),
					bigint(a, "official_id"), varchar(a, "role"), day(a, "start_date"));
		}

	}

	/** {@code delegation}: a visit's own columns. */
	public record Delegations(Table<?> table, Field<Long> id, Field<String> slug, Field<String> name,
			Field<String> sendingCountry, Field<String> hostCountry, Field<Long> headOfficialId,
			Field<LocalDate> startDate, Field<LocalDate> endDate, Field<String> datePrecision, Field<String> purpose,
			Field<String> notes, Field<Long> version, Field<Object> search, Field<Instant> updatedAt) {

		public static Delegations as(String a) {
			return new Delegations(of("delegation", a), bigint(a, "id"), varchar(a, "slug"), varchar(a, "name"),
					varchar(a, "sending_country"), varchar(a, "host_country"), bigint(a, "head_official_id"),
					day(a, "start_date"), day(a, "end_date"), varchar(a, "date_precision"), varchar(a, "purpose"),
					varchar(a, "notes"), bigint(a, "version"), DSL.field(DSL.name(a, "search"), SQLDataType.OTHER),
					instant(a, "updated_at"));
		}

	}

	/** {@code delegation_member}. */
	public record Members(Table<?> table, Field<Long> delegationId, Field<Long> officialId) {

		public static Members as(String a) {
			return new Members(of("delegation_member", a), bigint(a, "delegation_id"), bigint(a, "official_id"));
		}

	}

	/** {@code official}: only what the read side joins on. */
	public record Officials(Table<?> table, Field<Long> id, Field<String> slug, Field<String> name,
			Field<String> countryCode) {

		public static Officials as(String a) {
			return new Officials(of("official", a), bigint(a, "id"), varchar(a, "slug"), varchar(a, "name"),
					varchar(a, "country_code"));
		}

	}

	/** {@code meeting_kind}: CAMEO codes and their labels. */
	public record Kinds(Table<?> table, Field<String> code, Field<String> label) {

		public static Kinds as(String a) {
			return new Kinds(of("meeting_kind", a), varchar(a, "code"), varchar(a, "label"));
		}

	}

}
