package org.contacttimeline.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition on {@code meeting m} that a {@link MeetingFilter} stands for, with its named parameters.
 * Countries, officials and delegations use semi-joins (countries also a derived table of sides, see below).
 * <p>
 * A period ({@code date}, or {@code from} and {@code to}) is not in {@link #where}: it is in {@link #periods},
 * disjoint conditions that together select exactly the meetings overlapping it. The first, meetings starting within
 * the period, can be read in timeline order from the index on (start date, slug) and stopped after a page, however
 * long the period; the second, meetings that started earlier and are still under way on its first day, are found by
 * the SP-GiST index of dated periods (read without the table), and are not to be read in index order (the planner
 * would scan the start-date index from 1950 to find them), but sorted and cut to a page by {@link #firstOf}. A query
 * selects {@code where and period} for each of them.
 * <p>
 * With a country and a period, the first period is read from the side of the first country instead
 * ({@link #firstPeriodJoin}, which a query adds to {@code from meeting m} for that period only): the index on
 * (country, start date) holds that country's meetings of the period in timeline order, where the start-date index
 * would hold everyone's.
 *
 * @param where the conditions besides the period
 * @param candidateWhere the same conditions, written to be tested on each of a few candidates found by another index
 * @param periods disjoint conditions on the period, the first read in timeline order
 * @param firstPeriodJoin a join clause for the first period: empty, or the sides of the first country in that period
 * from the cursor on, which then holds the period (the first period is {@code true})
 * @param parameters the named parameters of all of them
 */
public record MeetingCriteria(String where, String candidateWhere, List<String> periods, String firstPeriodJoin,
		Map<String, Object> parameters) {

	public static MeetingCriteria of(MeetingFilter filter) {
		List<String> conditions = new ArrayList<>();
		List<String> periods = List.of("true");
		Map<String, Object> parameters = new HashMap<>();
		if (filter.date() != null) {
			// in progress that day = starting that day, or starting earlier and still under way (a period containing the
			// day and not starting on it: "<>", not "<", so that no plan, generic ones included, reads the start-date
			// index for every meeting before the day)
			periods = List.of("m.start_date = cast(:date as date)",
					"m.start_date <> cast(:date as date) and daterange(m.start_date, m.end_date, '[]') @> cast(:date as date)");
			parameters.put("date", filter.date());
		}
		if (filter.date() != null && (filter.from() != null || filter.to() != null)) {
			// both: the day's periods, and the overlap as a plain condition
			conditions.add("daterange(m.start_date, m.end_date, '[]') && daterange(:from, :to, '[]')");
			parameters.put("from", filter.from());
			parameters.put("to", filter.to());
		}
		else if (filter.from() != null) {
			// overlapping [from, to] = starting in it, or starting before it and still under way on its first day
			periods = List.of("m.start_date >= cast(:from as date)" + (filter.to() != null ? " and m.start_date <= cast(:to as date)" : ""),
					"m.start_date <> cast(:from as date) and daterange(m.start_date, m.end_date, '[]') @> cast(:from as date)");
			parameters.put("from", filter.from());
			parameters.put("to", filter.to());
		}
		else if (filter.to() != null) {
			periods = List.of("m.start_date <= cast(:to as date)");
			parameters.put("from", null);
			parameters.put("to", filter.to());
		}
		// Countries as a semi-join the planner may drive from the country's sides (a country's few meetings), and as a
		// test of each candidate for the branches whose candidates come from the period index (a thousand at most,
		// where a semi-join could read all of a big country's sides to find the few among them)
		List<String> countries = new ArrayList<>();
		List<String> countriesPerRow = new ArrayList<>();
		for (int i = 0; i < filter.countries().size(); i++) {
			countries.add("exists (select 1 from meeting_country mc where mc.meeting_id = m.id and mc.country_code = :country"
					+ i + ")");
			countriesPerRow.add(":country" + i
					+ " = any (array(select mc.country_code from meeting_country mc where mc.meeting_id = m.id))");
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
		String join = "";
		if (!filter.countries().isEmpty() && filter.datesBounded()) {
			// The first country's sides in the first period (and the second country's matching sides, from the same
			// index without reading meetings), in date order from where the cursor points. A derived table fenced by
			// "offset 0", so that even a generic plan (one for any country) reads the sides first and the meetings
			// after; the side's start date equals the meeting's, so ordering by m.start_date follows the index.
			String sides = "meeting_country side";
			if (filter.countries().size() > 1) {
				sides += " join meeting_country side1 on side1.country_code = :country1"
						+ " and side1.start_date = side.start_date and side1.meeting_id = side.meeting_id";
			}
			String from = "";
			if (filter.cursor() != null && filter.cursor().startDate() != null) {
				from = " and side.start_date >= cast(:cursorDate as date)";
				parameters.put("cursorDate", filter.cursor().startDate());
			}
			join = " join (select side.meeting_id, side.start_date from " + sides + " where side.country_code = :country0"
					+ " and " + periods.get(0).replace("m.start_date", "side.start_date") + from
					+ " order by side.start_date offset 0) side on side.meeting_id = m.id and side.start_date = m.start_date ";
			periods = new ArrayList<>(periods);
			periods.set(0, "true");
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
		return new MeetingCriteria(and(countries, conditions), and(countriesPerRow, conditions), periods, join,
				parameters);
	}

	private static String and(List<String> first, List<String> then) {
		List<String> all = new ArrayList<>(first);
		all.addAll(then);
		return all.isEmpty() ? "true" : String.join(" and ", all);
	}

	/**
	 * The condition selecting the first {@code :limit} meetings (in timeline order) of those the condition on
	 * {@code meeting m} selects, for a period that is not read in index order: the candidates come from the index
	 * the condition suggests (the fence {@code offset 0} keeps the planner from walking the start-date index from
	 * 1950 instead), only their dates and slugs are sorted, and only the first ones are read in full.
	 */
	public static String firstOf(String condition, String limit) {
		return "m.id in (select o.id from (select m.id, m.start_date, m.slug from meeting m where " + condition
				+ " offset 0) o order by o.start_date, o.slug limit :" + limit + ")";
	}

	static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
