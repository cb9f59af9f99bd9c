package org.contacttimeline.candidate;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.contacttimeline.db.Deadline;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deduplication: the events of an import that report one contact become one group, and an event that reports a
 * contact an earlier import found joins that one's group (whatever became of it: proposed, corroborating a meeting,
 * accepted or rejected). Two events report one contact when
 * <ul>
 * <li>they are between the same pair of countries,</li>
 * <li>the event falls within {@value #WINDOW_DAYS} days of the days the group spans, and the group then spans at
 * most {@value #MAX_SPAN_DAYS} days (a visit, a summit), and</li>
 * <li>it took place at the same place (the same gazetteer id, or city names {@link Likeness close}), or the actors
 * on both sides have {@link Likeness close} names (each side taken by its country, so that "A visits B" and "B hosts
 * A" compare alike).</li>
 * </ul>
 * An event that fits several groups joins the nearest in time. The import's events are read a pair at a time, in
 * date order, {@value #CHUNK} at a time; only the groups that an event could still join are held.
 */
@Component
class Grouping {

	static final int WINDOW_DAYS = 2;

	static final int MAX_SPAN_DAYS = 7;

	private static final int CHUNK = 5000;

	/** The most names and places a group remembers to compare events with (enough for the ways one is spelled). */
	private static final int MAX_FEATURES = 50;

	private static final String MEMBER = "id, event_date, actor1_name, actor1_country, actor2_name, place_key, place_city";

	private final JdbcTemplate jdbc;

	Grouping(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many groups the import made, and how many of earlier imports its events joined. */
	record Result(long created, long joined) {
	}

	/**
	 * Groups the events an import added, then brings every group they are in up to date.
	 * @throws Deadline.Passed when the deadline passes before all are grouped
	 */
	Result group(long importId, Deadline deadline) {
		List<Object[]> pairs = this.jdbc.query("select country_low, country_high, min(event_date), max(event_date) "
				+ "from candidate where import_id = ? and group_id is null group by 1, 2 order by 1, 2",
				(rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
						rs.getDate(4).toLocalDate() }, importId);
		long created = 0;
		Set<Long> joined = new HashSet<>();
		for (Object[] pair : pairs) {
			String low = (String) pair[0];
			String high = (String) pair[1];
			List<Open> open = existing(low, high, (LocalDate) pair[2], (LocalDate) pair[3]);
			LocalDate afterDate = ((LocalDate) pair[2]).minusDays(1);
			long afterId = 0;
			while (true) {
				List<Member> chunk = this.jdbc.query("select " + MEMBER + " from candidate where import_id = ? "
						+ "and country_low = ? and country_high = ? and (event_date, id) > (?, ?) order by event_date, id limit "
						+ CHUNK, (rs, n) -> Member.of(rs, low), importId, low, high, Date.valueOf(afterDate), afterId);
				if (chunk.isEmpty()) {
					break;
				}
				List<Object[]> assignments = new ArrayList<>(chunk.size());
				for (Member member : chunk) {
					deadline.check();
					open.removeIf((group) -> group.end.plusDays(WINDOW_DAYS).isBefore(member.date));
					Open group = nearestAlike(open, member);
					if (group == null) {
						group = create(low, high, member.id);
						open.add(group);
						created++;
					}
					else if (!group.createdNow) {
						joined.add(group.id);
					}
					group.add(member);
					assignments.add(new Object[] { group.id, member.id });
				}
				this.jdbc.batchUpdate("update candidate set group_id = ? where id = ?", assignments);
				Member last = chunk.get(chunk.size() - 1);
				afterDate = last.date;
				afterId = last.id;
			}
		}
		update(importId);
		return new Result(created, joined.size());
	}

	private static Open nearestAlike(List<Open> open, Member member) {
		Open nearest = null;
		long distance = Long.MAX_VALUE;
		for (Open group : open) {
			if (group.fits(member.date) && group.alike(member)) {
				long away = member.date.isBefore(group.start) ? ChronoUnit.DAYS.between(member.date, group.start)
						: member.date.isAfter(group.end) ? ChronoUnit.DAYS.between(group.end, member.date) : 0;
				if (away < distance) {
					nearest = group;
					distance = away;
				}
			}
		}
		return nearest;
	}

	/** The groups of a pair that events of these days could join, with the names and places they hold. */
	private List<Open> existing(String low, String high, LocalDate first, LocalDate last) {
		Map<Long, Open> groups = new LinkedHashMap<>();
		this.jdbc.query("select id, start_date, end_date from candidate_group where country_low = ? and country_high = ? "
				+ "and end_date >= ? and start_date <= ? and origin <> 'article' order by start_date, id", (rs) -> {
					groups.put(rs.getLong(1), new Open(rs.getLong(1), rs.getDate(2).toLocalDate(),
							rs.getDate(3).toLocalDate(), false));
				}, low, high, Date.valueOf(first.minusDays(WINDOW_DAYS)), Date.valueOf(last.plusDays(WINDOW_DAYS)));
		if (!groups.isEmpty()) {
			this.jdbc.query("select distinct on (group_id, actor1_name, actor2_name, place_key, place_city) group_id, "
					+ MEMBER + " from candidate where group_id = any(?)", (rs) -> {
						Open group = groups.get(rs.getLong(1));
						Member member = Member.of(rs, 1, low);
						group.remember(member);
					}, (Object) groups.keySet().stream().mapToLong(Long::longValue).toArray());
		}
		List<Open> open = new ArrayList<>(groups.values());
		open.sort(Comparator.comparing((Open group) -> group.start));
		return open;
	}

	/** A new group, its dates and the rest filled from its events when the import ends (see {@link #update}). */
	private Open create(String low, String high, long firstMember) {
		Object[] made = this.jdbc.queryForObject("insert into candidate_group (country_low, country_high, start_date, "
				+ "end_date, kind_code, title, origin) select ?, ?, event_date, event_date, kind_code, 'new', origin from candidate "
				+ "where id = ? returning id, start_date", (rs, n) -> new Object[] { rs.getLong(1),
						rs.getDate(2).toLocalDate() }, low, high, firstMember);
		LocalDate date = (LocalDate) made[1];
		return new Open((Long) made[0], date, date, true);
	}

	/**
	 * Brings every group an import's events are in up to date: its days, mentions and number of events; and, from
	 * its most mentioned event, its code, place and title; and its search document (titles, names, places).
	 */
	private void update(long importId) {
		this.jdbc.update("""
				update candidate_group g
				set start_date = a.first_day, end_date = a.last_day, mentions = a.mentions, candidate_count = a.events,
				    kind_code = r.kind_code, place = r.place, place_city = r.place_city, place_country = r.place_country,
				    title = left(concat(coalesce(initcap(r.actor1_name), c1.name), ' and ',
				                        coalesce(initcap(r.actor2_name), c2.name), ': ', k.label), 300),
				    search = search_form(left(concat_ws(' ', a.names, c1.name, c2.name), 10000))
				from (select group_id, min(event_date) first_day, max(event_date) last_day, sum(mentions) mentions,
				             count(*) events, (array_agg(id order by mentions desc, event_date, id))[1] representative,
				             string_agg(distinct concat_ws(' ', actor1_name, actor2_name, place), ' ') names
				      from candidate
				      where group_id in (select group_id from candidate where import_id = ?)
				      group by group_id) a
				join candidate r on r.id = a.representative
				join country c1 on c1.code = r.actor1_country
				join country c2 on c2.code = r.actor2_country
				join meeting_kind k on k.code = r.kind_code
				where g.id = a.group_id""", importId);
	}

	/** An event, its names and place in the form they are compared in, its sides taken by country. */
	private record Member(long id, LocalDate date, String lowName, String highName, String placeKey, String city) {

		static Member of(java.sql.ResultSet rs, String low) throws java.sql.SQLException {
			return of(rs, 0, low);
		}

		static Member of(java.sql.ResultSet rs, int offset, String low) throws java.sql.SQLException {
			String name1 = Likeness.normal(rs.getString(offset + 3));
			String name2 = Likeness.normal(rs.getString(offset + 5));
			boolean firstIsLow = low.equals(rs.getString(offset + 4));
			return new Member(rs.getLong(offset + 1), rs.getDate(offset + 2).toLocalDate(), firstIsLow ? name1 : name2,
					firstIsLow ? name2 : name1, rs.getString(offset + 6), Likeness.normal(rs.getString(offset + 7)));
		}

	}

	/** A group events may still join: its days so far, and the names and places of its events. */
	private static final class Open {

		final long id;

		final boolean createdNow;

		LocalDate start;

		LocalDate end;

		private final Set<List<String>> names = new HashSet<>();

		private final Set<String> keys = new HashSet<>();

		private final Set<String> cities = new HashSet<>();

		Open(long id, LocalDate start, LocalDate end, boolean createdNow) {
			this.id = id;
			this.start = start;
			this.end = end;
			this.createdNow = createdNow;
		}

		boolean fits(LocalDate date) {
			LocalDate first = date.isBefore(this.start) ? date : this.start;
			LocalDate last = date.isAfter(this.end) ? date : this.end;
			return !date.isBefore(this.start.minusDays(WINDOW_DAYS)) && !date.isAfter(this.end.plusDays(WINDOW_DAYS))
					&& ChronoUnit.DAYS.between(first, last) < MAX_SPAN_DAYS;
		}

		boolean alike(Member member) {
			if (member.placeKey != null && this.keys.contains(member.placeKey)) {
				return true;
			}
			if (member.city != null && this.cities.stream().anyMatch((city) -> Likeness.close(city, member.city))) {
				return true;
			}
			return member.lowName != null && member.highName != null && this.names.stream()
				.anyMatch((pair) -> Likeness.close(pair.get(0), member.lowName) && Likeness.close(pair.get(1), member.highName));
		}

		void add(Member member) {
			this.start = member.date.isBefore(this.start) ? member.date : this.start;
			this.end = member.date.isAfter(this.end) ? member.date : this.end;
			remember(member);
		}

		void remember(Member member) {
			if (member.lowName != null && member.highName != null && this.names.size() < MAX_FEATURES) {
				this.names.add(List.of(member.lowName, member.highName));
			}
			if (member.placeKey != null && this.keys.size() < MAX_FEATURES) {
				this.keys.add(member.placeKey);
			}
			if (member.city != null && this.cities.size() < MAX_FEATURES) {
				this.cities.add(member.city);
			}
		}

	}

}
