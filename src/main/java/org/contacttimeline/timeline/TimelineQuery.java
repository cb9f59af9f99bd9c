package org.contacttimeline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contacttimeline.delegation.DelegationQuery;
import org.contacttimeline.delegation.DelegationResponse;
import org.contacttimeline.meeting.MeetingCriteria;
import org.contacttimeline.meeting.MeetingFilter;
import org.contacttimeline.meeting.MeetingQuery;
import org.contacttimeline.meeting.MeetingResponse;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses one page of meetings and delegations in a single keyset-ordered statement (start date, undated last,
 * then slug, then type), then reads the chosen ones through their own read models.
 */
@Component
@Transactional(readOnly = true)
class TimelineQuery {

	private final JdbcClient jdbc;

	private final MeetingQuery meetings;

	private final DelegationQuery delegations;

	TimelineQuery(JdbcClient jdbc, MeetingQuery meetings, DelegationQuery delegations) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.delegations = delegations;
	}

	Page<TimelineEntry> find(MeetingFilter filter) {
		MeetingCriteria meetingCriteria = MeetingCriteria.of(filter);
		Map<String, Object> parameters = new HashMap<>(meetingCriteria.parameters());
		String delegationWhere = delegationWhere(filter, parameters);
		StringBuilder sql = new StringBuilder("""
				select e.type, e.id, e.start_date, e.slug from (
				    select 'meeting' as type, m.id, m.start_date, m.slug from meeting m where %s
				    union all
				    select 'delegation' as type, d.id, d.start_date, d.slug from delegation d where %s
				) e where true""".formatted(meetingCriteria.where(), delegationWhere));
		Cursor cursor = filter.cursor();
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
		record Chosen(String type, long id, LocalDate startDate, String slug) {
		}
		List<Chosen> chosen = this.jdbc.sql(sql.toString()).params(parameters).query(Chosen.class).list();
		boolean more = chosen.size() > filter.limit();
		List<Chosen> page = more ? chosen.subList(0, filter.limit()) : chosen;
		String next = null;
		if (more) {
			Chosen last = page.get(page.size() - 1);
			next = new Cursor(last.startDate(), last.slug(), last.type()).encode();
		}
		Map<String, MeetingResponse> meetingsBySlug = new HashMap<>();
		this.meetings.findByIds(page.stream().filter((c) -> c.type().equals("meeting")).map(Chosen::id).toList())
			.forEach((m) -> meetingsBySlug.put(m.slug(), m));
		Map<String, DelegationResponse> delegationsBySlug = new HashMap<>();
		this.delegations.findByIds(page.stream().filter((c) -> c.type().equals("delegation")).map(Chosen::id).toList())
			.forEach((d) -> delegationsBySlug.put(d.slug(), d));
		List<TimelineEntry> entries = new ArrayList<>();
		for (Chosen entry : page) {
			if (entry.type().equals("meeting") && meetingsBySlug.containsKey(entry.slug())) {
				entries.add(TimelineEntry.of(meetingsBySlug.get(entry.slug())));
			}
			else if (delegationsBySlug.containsKey(entry.slug())) {
				entries.add(TimelineEntry.of(delegationsBySlug.get(entry.slug())));
			}
		}
		return new Page<>(entries, next);
	}

	/** The delegations the same filter selects: a delegation's sides are its sending and host countries. */
	private static String delegationWhere(MeetingFilter filter, Map<String, Object> parameters) {
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
