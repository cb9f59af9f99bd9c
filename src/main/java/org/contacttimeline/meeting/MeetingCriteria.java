package org.contacttimeline.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition on {@code meeting m} that a {@link MeetingFilter} stands for, with its named parameters.
 * Dates use the GiST index on the meeting's period; countries, officials and delegations use semi-joins.
 */
public record MeetingCriteria(String where, Map<String, Object> parameters) {

	public static MeetingCriteria of(MeetingFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new HashMap<>();
		if (filter.date() != null) {
			conditions.add("m.start_date is not null and daterange(m.start_date, m.end_date, '[]') @> cast(:date as date)");
			parameters.put("date", filter.date());
		}
		if (filter.from() != null || filter.to() != null) {
			conditions.add("m.start_date is not null and daterange(m.start_date, m.end_date, '[]') && daterange(:from, :to, '[]')");
			parameters.put("from", filter.from());
			parameters.put("to", filter.to());
		}
		for (int i = 0; i < filter.countries().size(); i++) {
			conditions.add("exists (select 1 from meeting_country mc where mc.meeting_id = m.id and mc.country_code = :country"
					+ i + ")");
			parameters.put("country" + i, filter.countries().get(i));
		}
		if (filter.host() != null) {
			conditions.add("m.location_country = :host");
			parameters.put("host", filter.host());
		}
		if (filter.official() != null) {
			conditions.add("exists (select 1 from meeting_participant mp join official o on o.id = mp.official_id"
					+ " where mp.meeting_id = m.id and o.slug = :official)");
			parameters.put("official", filter.official());
		}
		if (filter.delegation() != null) {
			conditions.add("m.delegation_id = (select d2.id from delegation d2 where d2.slug = :delegation)");
			parameters.put("delegation", filter.delegation());
		}
		if (filter.status() != null) {
			conditions.add("m.status = :status");
			parameters.put("status", filter.status());
		}
		if (filter.q() != null) {
			conditions.add("""
					(m.title ilike :q escape '\\' or m.summary ilike :q escape '\\' or m.city ilike :q escape '\\'
					 or m.venue ilike :q escape '\\' or array_to_string(m.topics, ' ') ilike :q escape '\\'
					 or exists (select 1 from meeting_participant mp join official o on o.id = mp.official_id
					            where mp.meeting_id = m.id and (o.name ilike :q escape '\\'
					                  or o.original_name ilike :q escape '\\' or mp.role ilike :q escape '\\'))
					 or exists (select 1 from meeting_unnamed_party u
					            where u.meeting_id = m.id and u.description ilike :q escape '\\'))""");
			parameters.put("q", "%" + likeEscape(filter.q()) + "%");
		}
		return new MeetingCriteria(conditions.isEmpty() ? "true" : String.join(" and ", conditions), parameters);
	}

	static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
