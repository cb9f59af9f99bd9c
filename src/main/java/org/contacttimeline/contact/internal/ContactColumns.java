package org.contacttimeline.contact.internal;

import org.contacttimeline.contact.MeetingResponse;
import org.contacttimeline.contact.MeetingStatus;
import org.contacttimeline.contact.ContactRow;
import org.contacttimeline.contact.internal.Tables.Delegations;
import org.contacttimeline.contact.internal.Tables.Kinds;
import org.contacttimeline.contact.internal.Tables.Meetings;
import org.contacttimeline.contact.internal.Tables.Officials;
import org.contacttimeline.contact.ParticipantResponse;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.contact.ContactRow.DelegationRow;
import org.contacttimeline.contact.ContactRow.MeetingRow;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

/**
 * The one column list of contacts: a meeting's or a delegation visit's own columns, selected under the same names
 * (each filling the columns the other leaves empty), so that the timeline reads both in one statement and every
 * list, export and single view reads them with the same mapper, {@link #read}.
 */
public final class ContactColumns {

	private ContactColumns() {
	}

	static final Field<String> TYPE = column("type", SQLDataType.VARCHAR);

	static final Field<Long> ID = column("id", SQLDataType.BIGINT);

	static final Field<String> SLUG = column("slug", SQLDataType.VARCHAR);

	static final Field<String> TITLE = column("title", SQLDataType.VARCHAR);

	static final Field<LocalDate> START_DATE = column("start_date", SQLDataType.LOCALDATE);

	static final Field<LocalDate> END_DATE = column("end_date", SQLDataType.LOCALDATE);

	static final Field<String> DATE_PRECISION = column("date_precision", SQLDataType.VARCHAR);

	static final Field<String> STATUS = column("status", SQLDataType.VARCHAR);

	static final Field<String> KIND_CODE = column("kind_code", SQLDataType.VARCHAR);

	static final Field<String> KIND_LABEL = column("kind_label", SQLDataType.VARCHAR);

	static final Field<String> CITY = column("city", SQLDataType.VARCHAR);

	static final Field<String> VENUE = column("venue", SQLDataType.VARCHAR);

	static final Field<String> LOCATION_COUNTRY = column("location_country", SQLDataType.VARCHAR);

	static final Field<String> SUMMARY = column("summary", SQLDataType.VARCHAR);

	static final Field<String[]> TOPICS = column("topics", SQLDataType.VARCHAR.array());

	static final Field<String> DELEGATION_SLUG = column("delegation_slug", SQLDataType.VARCHAR);

	static final Field<String> DELEGATION_NAME = column("delegation_name", SQLDataType.VARCHAR);

	static final Field<String> NOTES = column("notes", SQLDataType.VARCHAR);

	static final Field<String> SENDING_COUNTRY = column("sending_country", SQLDataType.VARCHAR);

	static final Field<String> HEAD_SLUG = column("head_slug", SQLDataType.VARCHAR);

	static final Field<String> HEAD_NAME = column("head_name", SQLDataType.VARCHAR);

	static final Field<String> HEAD_COUNTRY = column("head_country", SQLDataType.VARCHAR);

	static final Field<Long> VERSION = column("version", SQLDataType.BIGINT);

	/** When the contact last changed: not in the column list, added by the lists ordered by it. */
	public static final Field<java.time.Instant> UPDATED_AT = column("updated_at", SQLDataType.INSTANT);

	private static <T> Field<T> column(String alias, DataType<T> type) {
		return field(name(alias), type);
	}

	private static <T> Field<T> none(Field<T> column) {
		return inline(null, column.getDataType()).as(column.getName());
	}

	/** A meeting's columns, from {@code m} with its kind {@code k} and delegation {@code dl} joined. */
	static List<SelectField<?>> meeting(Meetings m, Kinds k, Delegations dl) {
		return List.of(inline("meeting").as(TYPE), m.id().as(ID), m.slug().as(SLUG), m.title().as(TITLE),
				m.startDate().as(START_DATE), m.endDate().as(END_DATE), m.datePrecision().as(DATE_PRECISION),
				m.status().as(STATUS), m.kindCode().as(KIND_CODE), k.label().as(KIND_LABEL), m.city().as(CITY),
				m.venue().as(VENUE), m.locationCountry().as(LOCATION_COUNTRY), m.summary().as(SUMMARY),
				m.topics().as(TOPICS), dl.slug().as(DELEGATION_SLUG), dl.name().as(DELEGATION_NAME),
				m.notes().as(NOTES), none(SENDING_COUNTRY), none(HEAD_SLUG), none(HEAD_NAME), none(HEAD_COUNTRY),
				m.version().as(VERSION));
	}

	/**
	 * A delegation visit's columns in the same list, from {@code d} with its head {@code h} joined: its name is the
	 * title, its purpose the summary, its host country the place; a visit counts as held.
	 */
	static List<SelectField<?>> delegation(Delegations d, Officials h) {
		return List.of(inline("delegation").as(TYPE), d.id().as(ID), d.slug().as(SLUG), d.name().as(TITLE),
				d.startDate().as(START_DATE), d.endDate().as(END_DATE), d.datePrecision().as(DATE_PRECISION),
				inline(MeetingStatus.HELD.value()).as(STATUS), none(KIND_CODE), none(KIND_LABEL), none(CITY),
				none(VENUE), d.hostCountry().as(LOCATION_COUNTRY), d.purpose().as(SUMMARY), none(TOPICS),
				none(DELEGATION_SLUG), none(DELEGATION_NAME), d.notes().as(NOTES),
				d.sendingCountry().as(SENDING_COUNTRY), h.slug().as(HEAD_SLUG), h.name().as(HEAD_NAME),
				h.countryCode().as(HEAD_COUNTRY), d.version().as(VERSION));
	}

	/** The column list's names in its order: every select of contacts starts with it (extras come after). */
	private static final List<String> ORDER = List.of(TYPE, ID, SLUG, TITLE, START_DATE, END_DATE, DATE_PRECISION, STATUS,
			KIND_CODE, KIND_LABEL, CITY, VENUE, LOCATION_COUNTRY, SUMMARY, TOPICS, DELEGATION_SLUG, DELEGATION_NAME, NOTES,
			SENDING_COUNTRY, HEAD_SLUG, HEAD_NAME, HEAD_COUNTRY, VERSION).stream().map(Field::getName).toList();

	/**
	 * Reads a row of either column list from JDBC, by position (every select of contacts starts with the list, in
	 * the order above; extras come after). Reading the values straight from the result set, rather than through
	 * jOOQ's records, was a fifth of a list page's CPU in the benchmark's profile.
	 */
	public static ContactRow read(ResultSet rs) throws SQLException {
		if ("delegation".equals(rs.getString(1))) {
			String head = rs.getString(20);
			return new DelegationRow(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(19),
					rs.getString(13), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
					rs.getString(7), rs.getString(14), rs.getString(18),
					(head != null) ? new ParticipantResponse(head, rs.getString(21), rs.getString(22), "Head", null) : null,
					rs.getLong(23));
		}
		String delegation = rs.getString(16);
		Array topics = rs.getArray(15);
		return new MeetingRow(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
				rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
				new MeetingResponse.Kind(rs.getString(9), rs.getString(10)),
				new MeetingResponse.Location(rs.getString(11), rs.getString(12), rs.getString(13)),
				(delegation != null) ? new MeetingResponse.DelegationRef(delegation, rs.getString(17)) : null,
				rs.getString(14), (topics != null) ? Arrays.asList((String[]) topics.getArray()) : List.of(),
				rs.getString(18), rs.getLong(23));
	}

	/**
	 * Checks, once, that the meeting and the delegation column lists are both in {@link #ORDER}, the order the
	 * timeline's union and {@link #read} rely on. (The positions {@link #read} takes follow that order; the API tests
	 * read every field back.)
	 */
	static {
		List<String> meeting = meeting(Meetings.as("m"), Kinds.as("k"), Delegations.as("dl")).stream()
			.map(SelectField::getName).toList();
		List<String> delegation = delegation(Delegations.as("d"), Officials.as("h")).stream()
			.map(SelectField::getName).toList();
		if (!ORDER.equals(meeting) || !ORDER.equals(delegation)) {
			throw new IllegalStateException("The contact column lists are out of order: " + meeting + ", " + delegation);
		}
	}

}
