package org.contacttimeline.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactQuery;
import org.contacttimeline.contact.MeetingStatus;
import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.web.Format;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the proposed groups that report a contact already in the timeline, and attaches each to it as corroboration
 * instead of proposing it. A group reports a meeting by the rule that makes events one group: the meeting has both
 * countries of the pair among its sides, is dated to the day and overlaps the group's days widened by
 * {@value Grouping#WINDOW_DAYS} days, and took place in a city {@link Likeness close} to the group's, or has, on
 * both sides, a participant whose name is close to the name an event gives that side. The meetings are asked of the
 * query engine with the timeline's own filters (both countries, the days): its first {@value #MEETINGS} are looked
 * at. An article's proposal is held to the same rule at its own precision: one dated to the month or year reports a
 * contact dated to that same month or year; an undated one, an undated contact of the same people and status; and a
 * proposed delegation visit reports a delegation of the same sending and host countries (a member's name alike in
 * place of a city). Among several contacts alike, the one of the same status, then the nearest in days, is taken.
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

	/**
	 * What a group tells of its contact, as the rule compares it.
	 *
	 * @param delegation whether it is a delegation visit (else a meeting)
	 * @param precision {@code day}, {@code month}, {@code year} or {@code unknown}
	 * @param names pairs of names, the first of the low country's side, the second of the high's
	 * @param status the contact's status, or {@code null} when the group does not say
	 * @param official the slug of an official taking part, or {@code null}: how an undated contact is looked up
	 */
	record Claim(boolean delegation, String low, String high, LocalDate start, LocalDate end, String precision,
			Set<String> cities, Set<List<String>> names, String status, String official) {
	}

	/** The contact a group reports: {@code meeting} or {@code delegation}, and its slug. */
	record Reported(String type, String slug) {
	}

	/** Attaches the proposed groups an import's events are in to the meetings they report; returns how many. */
	int check(long importId) {
		List<Object[]> groups = this.jdbc.query("select id, country_low, country_high, start_date, end_date from candidate_group "
				+ "where state = 'proposed' and id in (select group_id from candidate where import_id = ?) order by id",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
						rs.getDate(5).toLocalDate() }, importId);
		int attached = 0;
		for (Object[] group : groups) {
			long id = (Long) group[0];
			Claim claim = new Claim(false, (String) group[1], (String) group[2], (LocalDate) group[3],
					(LocalDate) group[4], "day", new HashSet<>(), new HashSet<>(), null, null);
			features(id, claim);
			Reported meeting = reported(claim);
			if (meeting != null) {
				attached += attach(id, meeting);
			}
		}
		return attached;
	}

	/** Marks a proposed group as corroborating the contact; 1 if it was still proposed. */
	int attach(long group, Reported contact) {
		String column = contact.type().equals("delegation") ? "delegation_id" : "meeting_id";
		return this.jdbc.update("update candidate_group set state = 'corroborating', " + column + " = (select id from "
				+ contact.type() + " where slug = ?) where id = ? and state = 'proposed'", contact.slug(), group);
	}

	/** The contact the claim reports by the rule, or {@code null}. */
	Reported reported(Claim claim) {
		boolean day = "day".equals(claim.precision());
		LocalDate from = day ? claim.start().minusDays(Grouping.WINDOW_DAYS) : claim.start();
		LocalDate to = day ? claim.end().plusDays(Grouping.WINDOW_DAYS) : claim.end();
		if (claim.start() == null && claim.official() == null) {
			return null;
		}
		ContactFilter filter = new ContactFilter(null, from, to, List.of(claim.low(), claim.high()), null,
				claim.start() == null ? claim.official() : null, null,
				claim.start() == null && claim.status() != null ? MeetingStatus.of(claim.status()) : null, null, null, null,
				MEETINGS, null, true, Format.JSON);
		List<TimelineEntry> entries = claim.delegation()
				? this.contacts.delegations(filter).items().stream().map(TimelineEntry::of).toList()
				: this.contacts.meetings(filter).items().stream().map(TimelineEntry::of).toList();
		List<TimelineEntry> alike = new ArrayList<>();
		for (TimelineEntry entry : entries) {
			if (claim.precision().equals(entry.datePrecision()) && (day || Objects.equals(entry.startDate(), claim.start()))
					&& alike(claim, entry)) {
				alike.add(entry);
			}
		}
		return alike.stream()
			.min(Comparator.comparing((TimelineEntry e) -> claim.status() != null && !claim.status().equals(e.status()))
				.thenComparingLong((e) -> distance(claim, e)))
			.map((e) -> new Reported(e.type(), e.slug()))
			.orElse(null);
	}

	private static long distance(Claim claim, TimelineEntry entry) {
		if (claim.start() == null || entry.startDate() == null) {
			return 0;
		}
		return Math.abs(claim.start().toEpochDay() - entry.startDate().toEpochDay())
				+ Math.abs(claim.end().toEpochDay() - entry.endDate().toEpochDay());
	}

	private static boolean alike(Claim claim, TimelineEntry entry) {
		String city = (entry.location() != null) ? Likeness.normal(entry.location().city()) : null;
		if (city != null && claim.cities().stream().anyMatch((c) -> Likeness.close(c, city))) {
			return true;
		}
		List<String> lows = new ArrayList<>();
		List<String> highs = new ArrayList<>();
		for (ParticipantResponse participant : entry.participants()) {
			if (claim.low().equals(participant.country())) {
				lows.add(Likeness.normal(participant.name()));
			}
			else if (claim.high().equals(participant.country())) {
				highs.add(Likeness.normal(participant.name()));
			}
		}
		if (claim.delegation()) {
			// a delegation's participants are its members, of one side: a member alike is enough
			List<String> members = new ArrayList<>(lows);
			members.addAll(highs);
			return claim.names().stream().flatMap(List::stream).filter(Objects::nonNull)
				.anyMatch((name) -> members.stream().anyMatch((member) -> Likeness.close(member, name)));
		}
		return claim.names().stream().anyMatch((pair) -> lows.stream().anyMatch((name) -> Likeness.close(name, pair.get(0)))
				&& highs.stream().anyMatch((name) -> Likeness.close(name, pair.get(1))));
	}

	/** The names (each side by its country) and cities the group's events give. */
	private void features(long id, Claim claim) {
		this.jdbc.query("select distinct actor1_name, actor1_country, actor2_name, place_city from candidate "
				+ "where group_id = ? limit 200", (rs) -> {
					String name1 = Likeness.normal(rs.getString(1));
					String name2 = Likeness.normal(rs.getString(3));
					boolean firstIsLow = claim.low().equals(rs.getString(2));
					if (name1 != null && name2 != null) {
						claim.names().add(firstIsLow ? List.of(name1, name2) : List.of(name2, name1));
					}
					String city = Likeness.normal(rs.getString(4));
					if (city != null) {
						claim.cities().add(city);
					}
				}, id);
	}

}
