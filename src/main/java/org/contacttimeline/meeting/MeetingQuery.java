package org.contacttimeline.meeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.contacttimeline.source.Citations;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of meetings: a page of meeting rows in keyset order, then the page's participants, unnamed parties
 * and sides in one statement, then its citations in one more: three statements whatever the page size.
 */
@Component
// one snapshot for the page's statements (the pool's default isolation is REPEATABLE READ, see
// application.properties): a page never shows a meeting with another version's participants
@Transactional(readOnly = true)
public class MeetingQuery {

	/** The columns {@link #row} reads, from {@code meeting m}. */
	public static final String COLUMNS = """
			select m.id, m.slug, m.title, m.start_date, m.end_date, m.date_precision, m.status, m.kind_code,
			       k.label as kind_label, m.city, m.venue, m.location_country, m.summary, m.topics,
			       dl.slug as delegation_slug, dl.name as delegation_name, m.notes, m.version
			from meeting m
			join meeting_kind k on k.code = m.kind_code
			left join delegation dl on dl.id = m.delegation_id
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
		String order = " order by m.start_date asc nulls last, m.slug limit :limit";
		List<String> branches = branches(filter, criteria);
		// the first branch reads its rows in index order and stops after a page, the others are cut to a page (see
		// MeetingCriteria) or undated; one statement merges them
		String sql = (branches.size() == 1) ? COLUMNS + criteria.firstPeriodJoin() + "where " + branches.get(0) + order
				: IntStream.range(0, branches.size())
					.mapToObj((i) -> "(" + COLUMNS + ((i == 0) ? criteria.firstPeriodJoin() : "") + "where "
							+ ((i == 0 || i >= criteria.periods().size()) ? branches.get(i) + order
									: MeetingCriteria.firstOf(branches.get(i), "limit"))
							+ ")")
					.collect(Collectors.joining(" union all ", "select * from (", ") m" + order));
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

	/** The meeting with the given slug, with the version its ETag is made from. */
	public Optional<Versioned<MeetingResponse>> findBySlug(String slug) {
		List<Row> rows = this.jdbc.sql(COLUMNS + "where m.slug = :slug").param("slug", slug).query(MeetingQuery::row).list();
		return rows.isEmpty() ? Optional.empty()
				: Optional.of(new Versioned<>(responses(rows).get(0), rows.get(0).version()));
	}

	/**
	 * Disjoint conditions whose union is the rows after the cursor: one per period of the criteria (the first read
	 * in order from an index on start date, the others cut to a page), then the undated meetings, which come last.
	 */
	private static List<String> branches(MeetingFilter filter, MeetingCriteria criteria) {
		Cursor cursor = filter.cursor();
		String where = criteria.where() + " and ";
		if (cursor != null && cursor.startDate() == null) {
			criteria.parameters().put("cursorSlug", cursor.slug());
			// only undated meetings follow an undated one, and a period leaves them all out
			return List.of(where + (filter.datesBounded() ? "false and " : "")
					+ "m.start_date is null and m.slug > :cursorSlug");
		}
		String after = "";
		if (cursor != null) {
			criteria.parameters().put("cursorSlug", cursor.slug());
			criteria.parameters().put("cursorDate", cursor.startDate());
			after = " and (m.start_date, m.slug) > (:cursorDate, :cursorSlug)";
		}
		List<String> branches = new ArrayList<>();
		for (int i = 0; i < criteria.periods().size(); i++) {
			branches.add(((i == 0) ? where : criteria.candidateWhere() + " and ") + criteria.periods().get(i) + after);
		}
		if (cursor != null && !filter.datesBounded()) {
			branches.add(where + "m.start_date is null");
		}
		return branches;
	}

	private List<MeetingResponse> responses(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		MeetingParts parts = new MeetingParts();
		this.jdbc.sql(MeetingParts.SQL + " order by 1, 2, 3, 6")
			.param("meetingIds", ids.toArray(Long[]::new))
			.query((rs, n) -> {
				parts.add(rs);
				return n;
			})
			.list();
		Citations.Found cited = this.citations.load(ids, List.of(), List.of());
		return rows.stream().map((row) -> row.toResponse(parts, cited)).toList();
	}

	/** Reads a row of {@link #COLUMNS}. */
	public static Row row(ResultSet rs, int rowNum) throws SQLException {
		String delegationSlug = rs.getString("delegation_slug");
		Array topics = rs.getArray("topics");
		return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getString("date_precision"), rs.getString("status"),
				new MeetingResponse.Kind(rs.getString("kind_code"), rs.getString("kind_label")),
				new MeetingResponse.Location(rs.getString("city"), rs.getString("venue"),
						rs.getString("location_country")),
				delegationSlug != null
						? new MeetingResponse.DelegationRef(delegationSlug, rs.getString("delegation_name")) : null,
				rs.getString("summary"), topics != null ? Arrays.asList((String[]) topics.getArray()) : List.of(),
				rs.getString("notes"), rs.getLong("version"));
	}

	/** A meeting's own columns, before its parts and sources are added. */
	public record Row(long id, String slug, String title, LocalDate startDate, LocalDate endDate,
			String datePrecision, String status, MeetingResponse.Kind kind, MeetingResponse.Location location,
			MeetingResponse.DelegationRef delegation, String summary, List<String> topics, String notes, long version) {

		public MeetingResponse toResponse(MeetingParts parts, Citations.Found cited) {
			return new MeetingResponse(this.slug, this.title, this.startDate, this.endDate, this.datePrecision,
					this.status, this.kind, this.location, parts.countries(this.id), parts.participants(this.id),
					parts.unnamed(this.id), this.delegation, this.summary, this.topics, cited.ofMeeting(this.id),
					this.notes);
		}

	}

}
