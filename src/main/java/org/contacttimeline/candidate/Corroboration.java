package org.contacttimeline.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactQuery;
import org.contacttimeline.contact.MeetingResponse;
import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.web.Format;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the proposed groups that report a meeting already in the timeline, and attaches each to its meeting as
 * corroboration instead of proposing it. A group reports a meeting by the rule that makes events one group: the
 * meeting has both countries of the pair among its sides, is dated to the day and overlaps the group's days widened
 * by {@value Grouping#WINDOW_DAYS} days, and took place in a city {@link Likeness close} to the group's, or has, on
 * both sides, a participant whose name is close to the name an event gives that side. The meetings are asked of the
 * query engine with the timeline's own filters (both countries, the days): its first {@value #MEETINGS} are looked
 * at.
 */
@Component
class Corroboration {

	private static final int MEETINGS = 50;

	private final ContactQuery contacts;

	private final JdbcTemplate jdbc;

	Corroboration(ContactQuery contacts, JdbcTemplate jdbc) {
		this.contacts = contacts;
		this.jdbc = jdbc;
	}

	/** Attaches the proposed groups an import's events are in to the meetings they report; returns how many. */
	int check(long importId) {
		List<Group> groups = this.jdbc.query("select id, country_low, country_high, start_date, end_date from candidate_group "
				+ "where state = 'proposed' and id in (select group_id from candidate where import_id = ?) order by id",
				(rs, n) -> new Group(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
						rs.getDate(5).toLocalDate(), new HashSet<>(), new HashSet<>()), importId);
		int attached = 0;
		for (Group group : groups) {
			String meeting = reported(group);
			if (meeting != null) {
				attached += this.jdbc.update("update candidate_group set state = 'corroborating', "
						+ "meeting_id = (select id from meeting where slug = ?) where id = ? and state = 'proposed'",
						meeting, group.id);
			}
		}
		return attached;
	}

	/** The slug of the meeting the group reports, or {@code null}. */
	private String reported(Group group) {
		ContactFilter filter = new ContactFilter(null, group.start.minusDays(Grouping.WINDOW_DAYS),
				group.end.plusDays(Grouping.WINDOW_DAYS), List.of(group.low, group.high), null, null, null, null, null,
				null, null, MEETINGS, null, true, Format.JSON);
		List<MeetingResponse> meetings = this.contacts.meetings(filter).items();
		if (meetings.stream().noneMatch((meeting) -> "day".equals(meeting.datePrecision()))) {
			return null;
		}
		features(group);
		for (MeetingResponse meeting : meetings) {
			if ("day".equals(meeting.datePrecision()) && alike(group, meeting)) {
				return meeting.slug();
			}
		}
		return null;
	}

	private static boolean alike(Group group, MeetingResponse meeting) {
		String city = (meeting.location() != null) ? Likeness.normal(meeting.location().city()) : null;
		if (city != null && group.cities.stream().anyMatch((c) -> Likeness.close(c, city))) {
			return true;
		}
		List<String> lows = new ArrayList<>();
		List<String> highs = new ArrayList<>();
		for (ParticipantResponse participant : meeting.participants()) {
			if (group.low.equals(participant.country())) {
				lows.add(Likeness.normal(participant.name()));
			}
			else if (group.high.equals(participant.country())) {
				highs.add(Likeness.normal(participant.name()));
			}
		}
		return group.names.stream().anyMatch((pair) -> lows.stream().anyMatch((name) -> Likeness.close(name, pair.get(0)))
				&& highs.stream().anyMatch((name) -> Likeness.close(name, pair.get(1))));
	}

	/** The names (each side by its country) and cities the group's events give. */
	private void features(Group group) {
		this.jdbc.query("select distinct actor1_name, actor1_country, actor2_name, place_city from candidate "
				+ "where group_id = ? limit 200", (rs) -> {
					String name1 = Likeness.normal(rs.getString(1));
					String name2 = Likeness.normal(rs.getString(3));
					boolean firstIsLow = group.low.equals(rs.getString(2));
					if (name1 != null && name2 != null) {
						group.names.add(firstIsLow ? List.of(name1, name2) : List.of(name2, name1));
					}
					String city = Likeness.normal(rs.getString(4));
					if (city != null) {
						group.cities.add(city);
					}
				}, group.id);
	}

	private record Group(long id, String low, String high, LocalDate start, LocalDate end, Set<List<String>> names,
			Set<String> cities) {
	}

}
