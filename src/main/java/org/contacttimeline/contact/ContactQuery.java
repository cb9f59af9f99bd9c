package org.contacttimeline.contact;

import org.contacttimeline.contact.internal.ContactColumns;
import org.contacttimeline.contact.internal.ContactParts;
import org.contacttimeline.contact.internal.PageSql;
import org.contacttimeline.contact.internal.Rows;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.conf.StatementType;

import org.contacttimeline.contact.ContactRow.DelegationRow;
import org.contacttimeline.contact.ContactRow.MeetingRow;
import org.contacttimeline.contact.internal.Tables.Meetings;
import org.contacttimeline.source.Citations;
import org.contacttimeline.web.Page;
import org.contacttimeline.editing.Versioned;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of contacts, one engine for every list of them and every export: a page of meetings, of delegation
 * visits or of both (the timeline), and the single views. A page costs three statements whatever its size: its
 * rows ({@link PageSql}), then all their parts ({@link ContactParts}), then all their sources.
 */
@Component
// one snapshot for the page's statements (the pool's default isolation is REPEATABLE READ, see
// application.properties): a page never shows a meeting with another version's participants
@Transactional(readOnly = true, transactionManager = "transactionManager")
public class ContactQuery {

	/** How many items a nested list (a delegation's meetings, an official's) shows before linking to the rest. */
	public static final int NESTED = 20;

	private final DSLContext db;

	/**
	 * The lookups by key (a slug), written once: prepared with the key as their one parameter, so that each pooled
	 * connection plans them once; the filters' statements carry their values instead, to be planned for them (see
	 * db/ReadableSqlConfiguration).
	 */
	private final String meetingBySlug;

	private final String delegationBySlug;

	/** The statements of the filters asked lately, by kind of list and filter (see {@link #statement}). */
	private final Cache<StatementKey, String> statements = Caffeine.newBuilder().maximumSize(1_000).build();

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Citations citations;

	ContactQuery(DSLContext db, JdbcClient jdbc, JdbcTemplate jdbcTemplate, Citations citations) {
		this.db = db;
		this.jdbcTemplate = jdbcTemplate;
		DSLContext byKey = byKey(db);
		this.meetingBySlug = byKey.render(Rows.meeting(""));
		this.delegationBySlug = byKey.render(Rows.delegation(""));
		this.jdbc = jdbc;
		this.citations = citations;
	}

	/** One page of the meetings the filter selects, ordered by start date (undated last), then slug. */
	public Page<MeetingResponse> meetings(ContactFilter filter) {
		return page(statement("meetings", filter, () -> PageSql.meetings(filter)), filter.limit(),
				MeetingResponse.class);
	}

	/** One page of the delegation visits the filter selects, in the same order. */
	public Page<DelegationResponse> delegations(ContactFilter filter) {
		return page(statement("delegations", filter, () -> PageSql.delegations(filter)), filter.limit(),
				DelegationResponse.class);
	}

	/** One page of meetings and delegation visits together, ordered by start date (undated last), slug, type. */
	public Page<TimelineEntry> timeline(ContactFilter filter) {
		Page<ContactRow> cut = Page.cut(rows(statement("timeline", filter, () -> PageSql.timeline(filter))),
				filter.limit(), ContactRow::cursor);
		return cut.with(responses(cut.items()).stream().map(Contact::asEntry).toList());
	}

	/**
	 * The contacts the filter selects that changed last, the latest change first, each with when it changed (a page
	 * of the filter's limit; no cursor).
	 */
	public List<ChangedContact> recentlyChanged(ContactFilter filter) {
		List<Instant> times = new ArrayList<>();
		String sql = statement("recentlyChanged", filter, () -> PageSql.recentlyChanged(filter));
		List<ContactRow> rows = query(sql, (rs, n) -> {
			times.add(rs.getObject(ContactColumns.UPDATED_AT.getName(), OffsetDateTime.class).toInstant());
			return ContactColumns.read(rs);
		});
		List<Contact> responses = responses(rows);
		List<ChangedContact> changed = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			changed.add(new ChangedContact(responses.get(i).asEntry(), rows.get(i).id(), times.get(i)));
		}
		return changed;
	}

	/** The meeting with the given slug, with the version its ETag is made from. */
	public Optional<Versioned<MeetingResponse>> meeting(String slug) {
		return one(this.meetingBySlug, slug, MeetingResponse.class);
	}

	/**
	 * The delegation with the given slug and its first {@value #NESTED} meetings (with a link to the rest), with
	 * the version its ETag is made from.
	 */
	public Optional<Versioned<DelegationResponse>> delegation(String slug) {
		List<ContactRow> rows = byKey(this.delegationBySlug, slug);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		DelegationRow row = (DelegationRow) rows.get(0);
		ContactParts parts = ContactParts.load(this.jdbc, List.of(), List.of(row.id()));
		Citations.Found cited = this.citations.load(List.of(), List.of(row.id()), List.of());
		Page<MeetingSummary> meetings = meetingSummaries(ContactFilter.ofDelegation(slug, NESTED), null);
		return Optional.of(new Versioned<>(row.toResponse(parts.members(row.id()), cited.datesOfDelegation(row.id()),
				cited.ofDelegation(row.id()), meetings.items(),
				Page.continuation("/api/v1/meetings", Map.of("delegation", slug), meetings.next())), row.version()));
	}

	/**
	 * A page of the meetings a filter selects, in brief; with {@code roleOf}, each with the role that official held
	 * in it.
	 */
	public Page<MeetingSummary> meetingSummaries(ContactFilter filter, String roleOf) {
		String sql = statement((roleOf != null) ? "summaries with the role of " + roleOf : "summaries", filter,
				() -> PageSql.meetingSummaries(filter,
						(roleOf != null) ? List.of(PageSql.roleOf(Meetings.as("m"), roleOf)) : List.of()));
		List<Map.Entry<MeetingRow, String>> rows = query(sql, (rs, n) -> new SimpleImmutableEntry<>(
				(MeetingRow) ContactColumns.read(rs), (roleOf != null) ? rs.getString("role") : null));
		Page<Map.Entry<MeetingRow, String>> cut = Page.cut(rows, filter.limit(), (row) -> row.getKey().cursor());
		return cut.with(cut.items().stream().map((entry) -> {
			MeetingRow row = entry.getKey();
			return new MeetingSummary(row.slug(), row.title(), row.startDate(), row.endDate(), row.datePrecision(),
					row.status(), entry.getValue());
		}).toList());
	}

	private <T extends Contact> Page<T> page(String sql, int limit, Class<T> type) {
		Page<ContactRow> cut = Page.cut(rows(sql), limit, ContactRow::cursor);
		return cut.with(responses(cut.items()).stream().map(type::cast).toList());
	}

	private <T extends Contact> Optional<Versioned<T>> one(String sql, String key, Class<T> type) {
		List<ContactRow> rows = byKey(sql, key);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Versioned<>(type.cast(responses(rows).get(0)), rows.get(0).version()));
	}

	/** The same statements, prepared with their values as parameters: for lookups by key, planned once per connection. */
	public static DSLContext byKey(DSLContext db) {
		return db.configuration().deriveSettings((settings) -> settings.withStatementType(StatementType.PREPARED_STATEMENT)).dsl();
	}

	private List<ContactRow> rows(String sql) {
		return query(sql, (rs, n) -> ContactColumns.read(rs));
	}

	/** The contact a key names, if any. */
	private List<ContactRow> byKey(String sql, String key) {
		return this.jdbcTemplate.query(sql, (rs, n) -> ContactColumns.read(rs), key);
	}

	/**
	 * A filter's statement, as jOOQ writes it with the filter's values in. Building and writing it costs more of a
	 * page's CPU than reading its rows, so the statements of the filters asked lately are kept, written once each (a
	 * filter is a record of values: equal filters write the same statement).
	 */
	private String statement(String kind, ContactFilter filter, Supplier<Select<?>> select) {
		return this.statements.get(new StatementKey(kind, filter), (key) -> this.db.render(select.get()));
	}

	/**
	 * Runs a filter's statement and reads its rows straight from JDBC. With its values in the text, the plan
	 * PostgreSQL makes is the one for those values; once a connection has run the same text a few times (pgjdbc's
	 * prepareThreshold), the driver prepares it by name and PostgreSQL keeps that plan, so that a filter asked again
	 * is neither parsed nor planned again.
	 */
	private <T> List<T> query(String sql, RowMapper<T> mapper) {
		// a PreparedStatement, not a plain Statement (which the driver never prepares by name)
		return this.jdbcTemplate.query((connection) -> connection.prepareStatement(sql), mapper);
	}

	private record StatementKey(String kind, ContactFilter filter) {
	}

	/** The rows as the API shows them, with their parts and sources: two statements for any number of rows. */
	private List<Contact> responses(List<ContactRow> rows) {
		List<Long> meetingIds = new ArrayList<>();
		List<Long> delegationIds = new ArrayList<>();
		rows.forEach((row) -> (row instanceof MeetingRow ? meetingIds : delegationIds).add(row.id()));
		ContactParts parts = ContactParts.load(this.jdbc, meetingIds, delegationIds);
		Citations.Found cited = this.citations.load(meetingIds, delegationIds, List.of());
		return rows.stream().map((row) -> (row instanceof MeetingRow meeting)
				? (Contact) meeting.toResponse(parts.countries(meeting.id()), parts.participants(meeting.id()),
						parts.unnamed(meeting.id()), cited.ofMeeting(meeting.id()))
				: ((DelegationRow) row).toResponse(parts.members(row.id()), cited.datesOfDelegation(row.id()),
						cited.ofDelegation(row.id()), null, null))
			.toList();
	}

}
