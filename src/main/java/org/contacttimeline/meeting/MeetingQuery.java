package org.contacttimeline.meeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contacttimeline.official.ParticipantResponse;
import org.contacttimeline.source.Citations;
import org.contacttimeline.source.SourceResponse;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of meetings: a page of meeting rows in keyset order, then their participants and their citations,
 * each in one statement, so that a page costs three statements whatever its size.
 */
@Component
@Transactional(readOnly = true)
public class MeetingQuery {

	private static final String COLUMNS = """
			select m.id, m.slug, m.title, m.start_date, m.end_date, m.date_precision, m.status, m.kind_code, k.label,
			       m.city, m.venue, m.location_country, m.summary, m.topics, d.slug as delegation_slug,
			       d.name as delegation_name, m.notes,
			       array(select mc.country_code from meeting_country mc where mc.meeting_id = m.id
			             order by mc.country_code) as countries
			from meeting m
			join meeting_kind k on k.code = m.kind_code
			left join delegation d on d.id = m.delegation_id
			""";

	private final JdbcClient jdbc;

	private final Citations citations;

	MeetingQuery(JdbcClient jdbc, Citations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	/** One page of the meetings the filter selects, ordered by start date (undated last), then slug. */
	public Page<MeetingResponse> find(MeetingFilter filter) {
		MeetingCriteria criteria = MeetingCriteria.of(filter);
		String sql = COLUMNS + "where " + criteria.where() + keyset(filter.cursor(), criteria)
				+ " order by m.start_date asc nulls last, m.slug limit :limit";
		criteria.parameters().put("limit", filter.limit() + 1);
		List<Row> rows = this.jdbc.sql(sql).params(criteria.parameters()).query(MeetingQuery::row).list();
		boolean more = rows.size() > filter.limit();
		List<Row> page = more ? rows.subList(0, filter.limit()) : rows;
		String next = null;
		if (more) {
			Row last = page.get(page.size() - 1);
			next = new Cursor(last.startDate(), last.slug(), "meeting").encode();
		}
		return new Page<>(responses(page), next);
	}

	/** The meeting with the given slug. */
	public Optional<MeetingResponse> findBySlug(String slug) {
		List<Row> rows = this.jdbc.sql(COLUMNS + "where m.slug = :slug").param("slug", slug).query(MeetingQuery::row).list();
		return responses(rows).stream().findFirst();
	}

	/** Meetings of the given ids, in the order given (for other read models that chose them). */
	public List<MeetingResponse> findByIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Row> rows = this.jdbc.sql(COLUMNS + "where m.id in (:ids)").param("ids", ids).query(MeetingQuery::row).list();
		Map<Long, Row> byId = new HashMap<>();
		rows.forEach((row) -> byId.put(row.id(), row));
		return responses(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
	}

	private static String keyset(Cursor cursor, MeetingCriteria criteria) {
		if (cursor == null) {
			return "";
		}
		criteria.parameters().put("cursorSlug", cursor.slug());
		if (cursor.startDate() == null) {
			return " and m.start_date is null and m.slug > :cursorSlug";
		}
		criteria.parameters().put("cursorDate", cursor.startDate());
		return " and ((m.start_date, m.slug) > (:cursorDate, :cursorSlug) or m.start_date is null)";
	}

	private List<MeetingResponse> responses(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<ParticipantResponse>> participants = new HashMap<>();
		Map<Long, List<MeetingResponse.UnnamedParty>> unnamed = new HashMap<>();
		this.jdbc.sql("""
				select p.meeting_id, 0 as named_first, p.ordinal, o.slug, o.name, o.country_code, p.role
				from meeting_participant p join official o on o.id = p.official_id
				where p.meeting_id in (:ids)
				union all
				select u.meeting_id, 1, u.ordinal, null, u.description, u.country_code, null
				from meeting_unnamed_party u
				where u.meeting_id in (:ids)
				order by 1, 2, 3""")
			.param("ids", ids)
			.query((rs, n) -> {
				long meetingId = rs.getLong("meeting_id");
				if (rs.getInt("named_first") == 0) {
					participants.computeIfAbsent(meetingId, (id) -> new ArrayList<>())
						.add(new ParticipantResponse(rs.getString("slug"), rs.getString("name"),
								rs.getString("country_code"), rs.getString("role")));
				}
				else {
					unnamed.computeIfAbsent(meetingId, (id) -> new ArrayList<>())
						.add(new MeetingResponse.UnnamedParty(rs.getString("name"), rs.getString("country_code")));
				}
				return null;
			})
			.list();
		Map<Long, List<SourceResponse>> sources = this.citations.of(Citations.Subject.MEETING, ids);
		return rows.stream()
			.map((row) -> row.toResponse(participants.getOrDefault(row.id(), List.of()),
					unnamed.getOrDefault(row.id(), List.of()), sources.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		String delegationSlug = rs.getString("delegation_slug");
		return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getString("date_precision"), rs.getString("status"),
				new MeetingResponse.Kind(rs.getString("kind_code"), rs.getString("label")),
				new MeetingResponse.Location(rs.getString("city"), rs.getString("venue"),
						rs.getString("location_country")),
				strings(rs.getArray("countries")),
				delegationSlug != null
						? new MeetingResponse.DelegationRef(delegationSlug, rs.getString("delegation_name")) : null,
				rs.getString("summary"), strings(rs.getArray("topics")), rs.getString("notes"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array != null ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private record Row(long id, String slug, String title, LocalDate startDate, LocalDate endDate,
			String datePrecision, String status, MeetingResponse.Kind kind, MeetingResponse.Location location,
			List<String> countries, MeetingResponse.DelegationRef delegation, String summary, List<String> topics,
			String notes) {

		MeetingResponse toResponse(List<ParticipantResponse> participants,
				List<MeetingResponse.UnnamedParty> unnamedParties, List<SourceResponse> sources) {
			return new MeetingResponse(this.slug, this.title, this.startDate, this.endDate, this.datePrecision,
					this.status, this.kind, this.location, this.countries, participants, unnamedParties,
					this.delegation, this.summary, this.topics, sources, this.notes);
		}

	}

}
