package org.contacttimeline.contact.internal;

import org.contacttimeline.contact.MeetingResponse;
import org.contacttimeline.contact.ParticipantResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parts of contacts that live in their own tables (a meeting's participants, unnamed parties and sides, a
 * delegation's members), read for a whole page in one statement, whatever its size and mix.
 */
public final class ContactParts {

	/** The parts of meetings: participants, unnamed parties, sides. */
	private static final String OF_MEETINGS = """
			select p.meeting_id as owner, 'participant' as part, p.ordinal, o.slug, o.name, o.country_code as country, p.role,
			       p.role_source
			from meeting_participant p join official o on o.id = p.official_id
			where p.meeting_id = any(:meetingIds)
			union all
			select u.meeting_id, 'unnamed', u.ordinal, null, u.description, u.country_code, null, null
			from meeting_unnamed_party u where u.meeting_id = any(:meetingIds)
			union all
			select c.meeting_id, 'country', 0, null, null, c.country_code, null, null
			from meeting_country c where c.meeting_id = any(:meetingIds)""";

	/** The parts of delegations: members. */
	private static final String OF_DELEGATIONS = """
			select dm.delegation_id as owner, 'member' as part, dm.ordinal, o.slug, o.name, o.country_code as country, dm.role,
			       dm.role_source
			from delegation_member dm join official o on o.id = dm.official_id
			where dm.delegation_id = any(:delegationIds)""";

	private static final String ORDER = "\norder by 1, 2, 3, 6";

	/*
	 * A statement reads only the kinds a page holds: a branch for ids that are none still costs the database an index
	 * probe and its share of the plan (pgbench on a single meeting's statements: 12 % more a second without them).
	 */
	private static final String MEETINGS = OF_MEETINGS + ORDER;

	private static final String DELEGATIONS = OF_DELEGATIONS + ORDER;

	private static final String BOTH = OF_MEETINGS + "\nunion all\n" + OF_DELEGATIONS + ORDER;

	private final Map<Long, List<ParticipantResponse>> participants = new HashMap<>();

	private final Map<Long, List<MeetingResponse.UnnamedParty>> unnamed = new HashMap<>();

	private final Map<Long, List<String>> countries = new HashMap<>();

	private final Map<Long, List<ParticipantResponse>> members = new HashMap<>();

	/** The parts of the given meetings and delegations; no statement when both are empty. */
	public static ContactParts load(JdbcClient jdbc, Collection<Long> meetingIds, Collection<Long> delegationIds) {
		ContactParts parts = new ContactParts();
		if (meetingIds.isEmpty() && delegationIds.isEmpty()) {
			return parts;
		}
		String sql = meetingIds.isEmpty() ? DELEGATIONS : delegationIds.isEmpty() ? MEETINGS : BOTH;
		jdbc.sql(sql)
			.param("meetingIds", meetingIds.toArray(Long[]::new))
			.param("delegationIds", delegationIds.toArray(Long[]::new))
			.query((rs, n) -> {
				parts.add(rs);
				return n;
			})
			.list();
		return parts;
	}

	private void add(ResultSet rs) throws SQLException {
		long owner = rs.getLong("owner");
		switch (rs.getString("part")) {
			case "participant" -> this.participants.computeIfAbsent(owner, (id) -> new ArrayList<>()).add(person(rs));
			case "member" -> this.members.computeIfAbsent(owner, (id) -> new ArrayList<>()).add(person(rs));
			case "unnamed" -> this.unnamed.computeIfAbsent(owner, (id) -> new ArrayList<>())
				.add(new MeetingResponse.UnnamedParty(rs.getString("name"), rs.getString("country")));
			case "country" -> this.countries.computeIfAbsent(owner, (id) -> new ArrayList<>()).add(rs.getString("country"));
			default -> throw new IllegalStateException("Unknown part " + rs.getString("part"));
		}
	}

	private static ParticipantResponse person(ResultSet rs) throws SQLException {
		return new ParticipantResponse(rs.getString("slug"), rs.getString("name"), rs.getString("country"),
				rs.getString("role"), rs.getString("role_source"));
	}

	public List<ParticipantResponse> participants(long meetingId) {
		return this.participants.getOrDefault(meetingId, List.of());
	}

	public List<MeetingResponse.UnnamedParty> unnamed(long meetingId) {
		return this.unnamed.getOrDefault(meetingId, List.of());
	}

	public List<String> countries(long meetingId) {
		return this.countries.getOrDefault(meetingId, List.of());
	}

	public List<ParticipantResponse> members(long delegationId) {
		return this.members.getOrDefault(delegationId, List.of());
	}

}
