package org.contacttimeline.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contacttimeline.delegation.DelegationQuery;
import org.contacttimeline.meeting.MeetingCriteria;
import org.contacttimeline.meeting.MeetingFilter;
import org.contacttimeline.meeting.MeetingParts;
import org.contacttimeline.meeting.MeetingQuery;
import org.contacttimeline.official.ParticipantResponse;
import org.contacttimeline.source.Citations;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of meetings and delegations together in keyset order (start date, undated last, then slug, then type),
 * in three statements whatever its size: the rows, then all their people and sides, then all their sources.
 */
@Component
// one snapshot for the page's statements (the pool's default isolation is REPEATABLE READ, see
// application.properties): a page never shows a meeting with another version's participants
@Transactional(readOnly = true)
public class TimelineQuery {

	private static final String MEETINGS = """
			    select 'meeting' as type, m.id, m.slug, m.title, null as name, m.start_date, m.end_date,
			           m.date_precision, m.status, m.kind_code, k.label as kind_label, m.city, m.venue,
			           m.location_country, m.summary, null as purpose, m.topics, dl.slug as delegation_slug,
			           dl.name as delegation_name, m.notes, null as sending_country, null as host_country,
			           null as head_slug, null as head_name, null as head_country, m.version
			    from meeting m
			    join meeting_kind k on k.code = m.kind_code
			    left join delegation dl on dl.id = m.delegation_id%s
			    where %s""";

	private static final String DELEGATIONS = """
			    select 'delegation', d.id, d.slug, null, d.name, d.start_date, d.end_date, d.date_precision, 'held',
			           null, null, null, null, null, null, d.purpose, null, null, null, d.notes, d.sending_country,
			           d.host_country, h.slug, h.name, h.country_code, d.version
			    from delegation d left join official h on h.id = d.head_official_id
			    where %s""";

	private final JdbcClient jdbc;

	private final Citations citations;

	TimelineQuery(JdbcClient jdbc, Citations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	/** One page of the meetings and delegations the filter selects, in timeline order. */
	public Page<TimelineEntry> find(MeetingFilter filter) {
		MeetingCriteria meetingCriteria = MeetingCriteria.of(filter);
		Map<String, Object> parameters = new HashMap<>(meetingCriteria.parameters());
		Cursor cursor = filter.cursor();
		// Meetings come in branches (see MeetingCriteria): the first reads a page (and one more, the cursor's own row)
		// in index order from where the cursor points, the others are cut to a page; the conditions on the union are
		// the exact keyset.
		boolean datesBounded = filter.date() != null || filter.from() != null || filter.to() != null;
		List<String> branches = new ArrayList<>();
		if (cursor != null && cursor.startDate() == null) {
			branches.add((datesBounded ? "false and " : "") + "m.start_date is null and m.slug >= :cursorSlug");
		}
		else {
			String after = (cursor != null) ? " and (m.start_date, m.slug) >= (:cursorDate, :cursorSlug)" : "";
			meetingCriteria.periods().forEach((period) -> branches.add(period + after));
			if (cursor != null && !datesBounded) {
				branches.add("m.start_date is null");
			}
		}
		StringBuilder sql = new StringBuilder("select * from (");
		for (int i = 0; i < branches.size(); i++) {
			boolean inOrder = i == 0 || i >= meetingCriteria.periods().size();
			String condition = (inOrder ? meetingCriteria.where() : meetingCriteria.candidateWhere()) + " and "
					+ branches.get(i);
			sql.append("(").append(MEETINGS.formatted((i == 0) ? meetingCriteria.firstPeriodJoin() : "",
					inOrder ? condition : MeetingCriteria.firstOf(condition, "branchLimit")))
				.append(inOrder ? " order by m.start_date asc nulls last, m.slug limit :branchLimit" : "")
				.append(") union all ");
		}
		sql.append(DELEGATIONS.formatted(delegationWhere(filter))).append(") e where true");
		parameters.put("branchLimit", filter.limit() + 2);
		if (cursor != null) {
			parameters.put("cursorSlug", cursor.slug());
			parameters.put("cursorType", cursor.type());
			if (cursor.startDate() == null) {
				sql.append(" and e.start_date is null and (e.slug, e.type) > (:cursorSlug, :cursorType)");
			}
			else {
				parameters.put("cursorDate", cursor.startDate());
				sql.append(" and ((e.start_date, e.slug, e.type) > (:cursorDate, :cursorSlug, :cursorType)"
						+ " or e.start_date is null)");
			}
		}
		sql.append(" order by e.start_date asc nulls last, e.slug, e.type limit :limit");
		parameters.put("limit", filter.limit() + 1);
		List<Object> rows = this.jdbc.sql(sql.toString())
			.params(parameters)
			.query((rs, n) -> rs.getString("type").equals("meeting") ? (Object) MeetingQuery.row(rs, n) : DelegationQuery.row(rs, n))
			.list();
		boolean more = rows.size() > filter.limit();
		List<Object> page = more ? rows.subList(0, filter.limit()) : rows;
		String next = more ? cursorAfter(page.get(page.size() - 1)) : null;
		return new Page<>(entries(page), next);
	}

	private List<TimelineEntry> entries(List<Object> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<Long> meetingIds = new ArrayList<>();
		List<Long> delegationIds = new ArrayList<>();
		for (Object row : page) {
			if (row instanceof MeetingQuery.Row meeting) {
				meetingIds.add(meeting.id());
			}
			else {
				delegationIds.add(((DelegationQuery.Row) row).id());
			}
		}
		MeetingParts parts = new MeetingParts();
		Map<Long, List<ParticipantResponse>> members = new HashMap<>();
		this.jdbc.sql(MeetingParts.SQL + " union all " + DelegationQuery.MEMBERS_SQL + " order by 1, 2, 3, 6")
			.param("meetingIds", meetingIds.toArray(Long[]::new))
			.param("delegationIds", delegationIds.toArray(Long[]::new))
			.query((rs, n) -> {
				if (rs.getString("part").equals("member")) {
					members.computeIfAbsent(rs.getLong("owner"), (id) -> new ArrayList<>())
						.add(new ParticipantResponse(rs.getString("slug"), rs.getString("name"),
								rs.getString("country"), rs.getString("role"), rs.getString("role_source")));
				}
				else {
					parts.add(rs);
				}
				return n;
			})
			.list();
		Citations.Found cited = this.citations.load(meetingIds, delegationIds, List.of());
		return page.stream()
			.map((row) -> (row instanceof MeetingQuery.Row meeting) ? TimelineEntry.of(meeting.toResponse(parts, cited))
					: TimelineEntry.of(((DelegationQuery.Row) row).toResponse(
							members.getOrDefault(((DelegationQuery.Row) row).id(), List.of()), cited, null)))
			.toList();
	}

	private static String cursorAfter(Object row) {
		if (row instanceof MeetingQuery.Row meeting) {
			return new Cursor(meeting.startDate(), meeting.slug(), "meeting").encode();
		}
		DelegationQuery.Row delegation = (DelegationQuery.Row) row;
		return new Cursor(delegation.startDate(), delegation.slug(), "delegation").encode();
	}

	/** The delegations the same filter selects: a delegation's sides are its sending and host countries. */
	private static String delegationWhere(MeetingFilter filter) {
		List<String> conditions = new ArrayList<>();
		if (filter.date() != null) {
			conditions.add("d.start_date is not null and daterange(d.start_date, d.end_date, '[]') @> cast(:date as date)");
		}
		if (filter.from() != null || filter.to() != null) {
			conditions.add("d.start_date is not null and daterange(d.start_date, d.end_date, '[]') && daterange(:from, :to, '[]')");
		}
		for (int i = 0; i < filter.countries().size(); i++) {
			conditions.add(":country" + i + " in (d.sending_country, d.host_country)");
		}
		if (filter.host() != null) {
			conditions.add("d.host_country = :host");
		}
		if (filter.official() != null) {
			conditions.add("exists (select 1 from delegation_member dm join official o on o.id = dm.official_id"
					+ " where dm.delegation_id = d.id and o.slug = :official)");
		}
		if (filter.delegation() != null) {
			conditions.add("d.slug = :delegation");
		}
		if (filter.status() != null && !filter.status().equals("held")) {
			conditions.add("false");
		}
		if (filter.q() != null) {
			conditions.add("""
					(d.name ilike :q escape '\\' or d.purpose ilike :q escape '\\' or d.notes ilike :q escape '\\'
					 or exists (select 1 from delegation_member dm join official o on o.id = dm.official_id
					            where dm.delegation_id = d.id and (o.name ilike :q escape '\\'
					                  or o.original_name ilike :q escape '\\')))""");
		}
		return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
	}

}
