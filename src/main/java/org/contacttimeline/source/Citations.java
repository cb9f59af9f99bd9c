package org.contacttimeline.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the citations of many meetings, delegations and positions, and the dates sources report for delegations,
 * in one statement, so that a page costs the same number of statements whatever its size or mix.
 */
@Component
public class Citations {

	/*
	 * The organisation a citation reports is looked up for each citation that names one: offset 0 keeps it a
	 * per-row index lookup. Joined outright, the planner hashed every organisation for each page, though few
	 * citations name one (a day's citations ran 3,600 times a second at 10 clients that way, 4,200 this way).
	 */
	private static final String SQL = """
			select 'meeting' as subject, c.meeting_id as owner, c.ordinal, c.id as seq, s.publisher, s.headline,
			       s.author, s.url, s.published_on, c.quote, c.claim, null::date as start_date, null::date as end_date,
			       g.slug as according_to_slug, g.name as according_to_name
			from citation c join source s on s.id = c.source_id
			left join lateral (select g.slug, g.name from organization g where g.id = c.according_to_id offset 0) g on true
			where c.meeting_id = any(:meetingIds)
			union all
			select 'delegation', c.delegation_id, c.ordinal, c.id, s.publisher, s.headline, s.author, s.url,
			       s.published_on, c.quote, c.claim, null, null, g.slug, g.name
			from citation c join source s on s.id = c.source_id
			left join lateral (select g.slug, g.name from organization g where g.id = c.according_to_id offset 0) g on true
			where c.delegation_id = any(:delegationIds)
			union all
			select 'position', c.position_id, c.ordinal, c.id, s.publisher, s.headline, s.author, s.url,
			       s.published_on, c.quote, c.claim, null, null, g.slug, g.name
			from citation c join source s on s.id = c.source_id
			left join lateral (select g.slug, g.name from organization g where g.id = c.according_to_id offset 0) g on true
			where c.position_id = any(:positionIds)
			union all
			select 'dates', r.delegation_id, 0, r.id, s.publisher, s.headline, s.author, s.url, s.published_on,
			       r.quote, r.note, r.start_date, r.end_date, null, null
			from delegation_reported_dates r join source s on s.id = r.source_id where r.delegation_id = any(:delegationIds)
			order by 1, 2, 3, 4""";

	private final JdbcClient jdbc;

	Citations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Everything cited for the given meetings, delegations and positions; no statement when all are empty. */
	public Found load(Collection<Long> meetingIds, Collection<Long> delegationIds, Collection<Long> positionIds) {
		Found found = new Found();
		if (meetingIds.isEmpty() && delegationIds.isEmpty() && positionIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql(SQL)
			.param("meetingIds", meetingIds.toArray(Long[]::new))
			.param("delegationIds", delegationIds.toArray(Long[]::new))
			.param("positionIds", positionIds.toArray(Long[]::new))
			.query((rs, n) -> {
				String subject = rs.getString("subject");
				long owner = rs.getLong("owner");
				if (subject.equals("dates")) {
					found.reportedDates.computeIfAbsent(owner, (id) -> new ArrayList<>())
						.add(new ReportedDates(rs.getObject("start_date", LocalDate.class),
								rs.getObject("end_date", LocalDate.class), rs.getString("publisher"),
								rs.getString("headline"), rs.getString("quote"), rs.getString("claim")));
				}
				else {
					found.sources.computeIfAbsent(subject, (s) -> new HashMap<>())
						.computeIfAbsent(owner, (id) -> new ArrayList<>())
						.add(new SourceResponse(rs.getString("publisher"), rs.getString("headline"),
								rs.getString("author"), rs.getString("url"),
								rs.getObject("published_on", LocalDate.class), rs.getString("quote"),
								rs.getString("claim"), SourceResponse.AccordingTo.of(rs.getString("according_to_slug"),
										rs.getString("according_to_name"))));
				}
				return subject;
			})
			.list();
		return found;
	}

	/** What {@link #load} found, by subject and id. */
	public static final class Found {

		private final Map<String, Map<Long, List<SourceResponse>>> sources = new HashMap<>();

		private final Map<Long, List<ReportedDates>> reportedDates = new HashMap<>();

		public List<SourceResponse> ofMeeting(long id) {
			return of("meeting", id);
		}

		public List<SourceResponse> ofDelegation(long id) {
			return of("delegation", id);
		}

		public List<SourceResponse> ofPosition(long id) {
			return of("position", id);
		}

		public List<ReportedDates> datesOfDelegation(long id) {
			return this.reportedDates.getOrDefault(id, List.of());
		}

		private List<SourceResponse> of(String subject, long id) {
			return this.sources.getOrDefault(subject, Map.of()).getOrDefault(id, List.of());
		}

	}

}
