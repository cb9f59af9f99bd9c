package org.contacttimeline.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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
	private static final String OF_MEETINGS = cited("meeting", "meeting_id", "meetingIds");

	/** A delegation's citations, and the dates its sources report. */
	private static final String OF_DELEGATIONS = cited("delegation", "delegation_id", "delegationIds") + """

			union all
			select 'dates', r.delegation_id, 0, r.id, s.publisher, s.headline, s.author, s.url, s.published_on,
			       r.quote, r.note, r.start_date, r.end_date, null, null
			from delegation_reported_dates r join source s on s.id = r.source_id where r.delegation_id = any(:delegationIds)""";

	private static final String OF_POSITIONS = cited("position", "position_id", "positionIds");

	/**
	 * The statement for each mix of subjects (bit 1: meetings, 2: delegations, 4: positions), with a branch only for
	 * the subjects asked for: a branch for ids that are none still costs the database a probe and its share of the plan.
	 */
	private static final String[] STATEMENTS = new String[8];

	static {
		String[] branches = { OF_MEETINGS, OF_DELEGATIONS, OF_POSITIONS };
		for (int mix = 1; mix < STATEMENTS.length; mix++) {
			StringJoiner sql = new StringJoiner("\nunion all\n", "", "\norder by 1, 2, 3, 4");
			for (int branch = 0; branch < branches.length; branch++) {
				if ((mix & (1 << branch)) != 0) {
					sql.add(branches[branch]);
				}
			}
			STATEMENTS[mix] = sql.toString();
		}
	}

	/** The citations of one kind of subject (each citation cites one), by the column that names it and its ids. */
	private static String cited(String subject, String column, String ids) {
		return """
				select '%s' as subject, c.%s as owner, c.ordinal, c.id as seq, s.publisher, s.headline,
				       s.author, s.url, s.published_on, c.quote, c.claim, null::date as start_date, null::date as end_date,
				       g.slug as according_to_slug, g.name as according_to_name
				from citation c join source s on s.id = c.source_id
				left join lateral (select g.slug, g.name from organization g where g.id = c.according_to_id offset 0) g on true
				where c.%s = any(:%s)""".formatted(subject, column, column, ids);
	}

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
		int mix = (meetingIds.isEmpty() ? 0 : 1) | (delegationIds.isEmpty() ? 0 : 2) | (positionIds.isEmpty() ? 0 : 4);
		this.jdbc.sql(STATEMENTS[mix])
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
