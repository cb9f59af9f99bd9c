package org.contacttimeline.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contacttimeline.meeting.MeetingSummary;
import org.contacttimeline.official.ParticipantResponse;
import org.contacttimeline.source.Citations;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of delegations: a page of delegations in keyset order, then their members in one statement, then
 * their citations and reported dates in one more.
 */
@Component
// one snapshot for the page's statements (the pool's default isolation is REPEATABLE READ, see
// application.properties): a page never shows a meeting with another version's participants
@Transactional(readOnly = true)
public class DelegationQuery {

	/** The columns {@link #row} reads, from {@code delegation d}. */
	public static final String COLUMNS = """
			select d.id, d.slug, d.name, d.sending_country, d.host_country, d.start_date, d.end_date,
			       d.date_precision, d.purpose, d.notes, h.slug as head_slug, h.name as head_name,
			       h.country_code as head_country, d.version
			from delegation d left join official h on h.id = d.head_official_id
			""";

	/**
	 * Members of the delegations whose ids are bound as the array {@code :delegationIds}, in the columns of
	 * {@link org.contacttimeline.meeting.MeetingParts#SQL}, so that both can be read in one statement.
	 */
	public static final String MEMBERS_SQL = """
			select dm.delegation_id as owner, 'member' as part, dm.ordinal, o.slug, o.name, o.country_code as country, dm.role,
			       dm.role_source
			from delegation_member dm join official o on o.id = dm.official_id
			where dm.delegation_id = any(:delegationIds)
			""";

	private final JdbcClient jdbc;

	private final Citations citations;

	DelegationQuery(JdbcClient jdbc, Citations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	Page<DelegationResponse> find(List<String> countries, LocalDate from, LocalDate to, int limit, Cursor cursor) {
		StringBuilder sql = new StringBuilder(COLUMNS).append("where true");
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < countries.size(); i++) {
			sql.append(" and :country").append(i).append(" in (d.sending_country, d.host_country)");
			parameters.put("country" + i, countries.get(i));
		}
		if (from != null || to != null) {
			sql.append(" and d.start_date is not null and daterange(d.start_date, d.end_date, '[]') && daterange(:from, :to, '[]')");
			parameters.put("from", from);
			parameters.put("to", to);
		}
		if (cursor != null) {
			parameters.put("cursorSlug", cursor.slug());
			if (cursor.startDate() == null) {
				sql.append(" and d.start_date is null and d.slug > :cursorSlug");
			}
			else {
				sql.append(" and ((d.start_date, d.slug) > (:cursorDate, :cursorSlug) or d.start_date is null)");
				parameters.put("cursorDate", cursor.startDate());
			}
		}
		sql.append(" order by d.start_date asc nulls last, d.slug limit :limit");
		parameters.put("limit", limit + 1);
		List<Row> rows = this.jdbc.sql(sql.toString()).params(parameters).query(DelegationQuery::row).list();
		boolean more = rows.size() > limit;
		List<Row> page = more ? rows.subList(0, limit) : rows;
		String next = null;
		if (more) {
			Row last = page.get(page.size() - 1);
			next = new Cursor(last.startDate(), last.slug(), "delegation").encode();
		}
		return new Page<>(responses(page, false), next);
	}

	/** The delegation with the given slug, with the version its ETag is made from. */
	public Optional<Versioned<DelegationResponse>> findBySlug(String slug) {
		List<Row> rows = this.jdbc.sql(COLUMNS + "where d.slug = :slug").param("slug", slug).query(DelegationQuery::row).list();
		return rows.isEmpty() ? Optional.empty()
				: Optional.of(new Versioned<>(responses(rows, true).get(0), rows.get(0).version()));
	}

	private List<DelegationResponse> responses(List<Row> rows, boolean withMeetings) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<ParticipantResponse>> members = new HashMap<>();
		this.jdbc.sql(MEMBERS_SQL + " order by 1, 3, 4")
			.param("delegationIds", ids.toArray(Long[]::new))
			.query((rs, n) -> members.computeIfAbsent(rs.getLong("owner"), (id) -> new ArrayList<>())
				.add(new ParticipantResponse(rs.getString("slug"), rs.getString("name"), rs.getString("country"),
						rs.getString("role"), rs.getString("role_source"))))
			.list();
		Citations.Found cited = this.citations.load(List.of(), ids, List.of());
		Map<Long, List<MeetingSummary>> meetings = withMeetings ? meetings(ids) : Map.of();
		return rows.stream()
			.map((row) -> row.toResponse(members.getOrDefault(row.id(), List.of()), cited,
					withMeetings ? meetings.getOrDefault(row.id(), List.of()) : null))
			.toList();
	}

	private Map<Long, List<MeetingSummary>> meetings(List<Long> ids) {
		Map<Long, List<MeetingSummary>> result = new HashMap<>();
		this.jdbc.sql("""
				select m.delegation_id, m.slug, m.title, m.start_date, m.end_date, m.date_precision, m.status
				from meeting m where m.delegation_id = any(:ids)
				order by m.start_date asc nulls last, m.slug""")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> result.computeIfAbsent(rs.getLong("delegation_id"), (id) -> new ArrayList<>())
				.add(new MeetingSummary(rs.getString("slug"), rs.getString("title"),
						rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
						rs.getString("date_precision"), rs.getString("status"), null)))
			.list();
		return result;
	}

	/** Reads a row of {@link #COLUMNS}. */
	public static Row row(ResultSet rs, int rowNum) throws SQLException {
		String headSlug = rs.getString("head_slug");
		return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("sending_country"),
				rs.getString("host_country"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getString("date_precision"), rs.getString("purpose"),
				rs.getString("notes"), headSlug != null
						? new ParticipantResponse(headSlug, rs.getString("head_name"), rs.getString("head_country"), "Head", null)
						: null, rs.getLong("version"));
	}

	/** A delegation's own columns, before its members and sources are added. */
	public record Row(long id, String slug, String name, String sendingCountry, String hostCountry,
			LocalDate startDate, LocalDate endDate, String datePrecision, String purpose, String notes,
			ParticipantResponse head, long version) {

		public DelegationResponse toResponse(List<ParticipantResponse> members, Citations.Found cited,
				List<MeetingSummary> meetings) {
			// the head's role is the one recorded for them as a member, when they are one
			ParticipantResponse head = this.head == null ? null : members.stream()
				.filter((member) -> member.slug().equals(this.head.slug()))
				.findFirst()
				.orElse(this.head);
			return new DelegationResponse(this.slug, this.name, this.sendingCountry, this.hostCountry, head, members,
					this.startDate, this.endDate, this.datePrecision, cited.datesOfDelegation(this.id), this.purpose,
					this.notes, cited.ofDelegation(this.id), meetings);
		}

	}

}
