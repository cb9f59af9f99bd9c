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
import org.contacttimeline.source.SourceResponse;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of delegations: a page of delegations in keyset order, then their members, reported dates and
 * citations, each in one statement.
 */
@Component
@Transactional(readOnly = true)
public class DelegationQuery {

	private static final String COLUMNS = """
			select d.id, d.slug, d.name, d.sending_country, d.host_country, d.start_date, d.end_date,
			       d.date_precision, d.purpose, d.notes
			from delegation d
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

	Optional<DelegationResponse> findBySlug(String slug) {
		List<Row> rows = this.jdbc.sql(COLUMNS + "where d.slug = :slug").param("slug", slug).query(DelegationQuery::row).list();
		return responses(rows, true).stream().findFirst();
	}

	/** Delegations of the given ids, in the order given (for other read models that chose them). */
	public List<DelegationResponse> findByIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Row> rows = this.jdbc.sql(COLUMNS + "where d.id in (:ids)").param("ids", ids).query(DelegationQuery::row).list();
		Map<Long, Row> byId = new HashMap<>();
		rows.forEach((row) -> byId.put(row.id(), row));
		return responses(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), false);
	}

	private List<DelegationResponse> responses(List<Row> rows, boolean withMeetings) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<ParticipantResponse>> members = new HashMap<>();
		Map<Long, ParticipantResponse> heads = new HashMap<>();
		this.jdbc.sql("""
				select dm.delegation_id, o.slug, o.name, o.country_code, dm.role, (o.id = d.head_official_id) as head
				from delegation_member dm
				join official o on o.id = dm.official_id
				join delegation d on d.id = dm.delegation_id
				where dm.delegation_id in (:ids)
				order by dm.delegation_id, dm.ordinal, o.slug""")
			.param("ids", ids)
			.query((rs, n) -> {
				ParticipantResponse member = new ParticipantResponse(rs.getString("slug"), rs.getString("name"),
						rs.getString("country_code"), rs.getString("role"));
				members.computeIfAbsent(rs.getLong("delegation_id"), (id) -> new ArrayList<>()).add(member);
				if (rs.getBoolean("head")) {
					heads.put(rs.getLong("delegation_id"), member);
				}
				return null;
			})
			.list();
		Map<Long, List<DelegationResponse.ReportedDates>> reported = new HashMap<>();
		this.jdbc.sql("""
				select r.delegation_id, r.start_date, r.end_date, s.publisher, s.headline, r.quote, r.note
				from delegation_reported_dates r join source s on s.id = r.source_id
				where r.delegation_id in (:ids)
				order by r.delegation_id, r.id""")
			.param("ids", ids)
			.query((rs, n) -> reported.computeIfAbsent(rs.getLong("delegation_id"), (id) -> new ArrayList<>())
				.add(new DelegationResponse.ReportedDates(rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class), rs.getString("publisher"),
						rs.getString("headline"), rs.getString("quote"), rs.getString("note"))))
			.list();
		Map<Long, List<SourceResponse>> sources = this.citations.of(Citations.Subject.DELEGATION, ids);
		Map<Long, List<MeetingSummary>> meetings = withMeetings ? meetings(ids) : Map.of();
		return rows.stream()
			.map((row) -> new DelegationResponse(row.slug(), row.name(), row.sendingCountry(), row.hostCountry(),
					heads.get(row.id()), members.getOrDefault(row.id(), List.of()), row.startDate(), row.endDate(),
					row.datePrecision(), reported.getOrDefault(row.id(), List.of()), row.purpose(), row.notes(),
					sources.getOrDefault(row.id(), List.of()),
					withMeetings ? meetings.getOrDefault(row.id(), List.of()) : null))
			.toList();
	}

	private Map<Long, List<MeetingSummary>> meetings(List<Long> ids) {
		Map<Long, List<MeetingSummary>> result = new HashMap<>();
		this.jdbc.sql("""
				select m.delegation_id, m.slug, m.title, m.start_date, m.end_date, m.date_precision, m.status
				from meeting m where m.delegation_id in (:ids)
				order by m.start_date asc nulls last, m.slug""")
			.param("ids", ids)
			.query((rs, n) -> result.computeIfAbsent(rs.getLong("delegation_id"), (id) -> new ArrayList<>())
				.add(new MeetingSummary(rs.getString("slug"), rs.getString("title"),
						rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
						rs.getString("date_precision"), rs.getString("status"), null)))
			.list();
		return result;
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("sending_country"),
				rs.getString("host_country"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getString("date_precision"), rs.getString("purpose"),
				rs.getString("notes"));
	}

	private record Row(long id, String slug, String name, String sendingCountry, String hostCountry,
			LocalDate startDate, LocalDate endDate, String datePrecision, String purpose, String notes) {
	}

}
