package org.contacttimeline.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contacttimeline.official.ParticipantResponse;

/**
 * The parts of meetings that live in their own tables (participants, unnamed parties, sides), read for a whole
 * page in one statement: {@link #SQL} returns rows of {@code owner, part, ordinal, slug, name, country, role,
 * role_source}.
 */
public final class MeetingParts {

	/** Parts of the meetings whose ids are bound as the array {@code :meetingIds}. */
	public static final String SQL = """
			select p.meeting_id as owner, 'participant' as part, p.ordinal, o.slug, o.name, o.country_code as country, p.role,
			       p.role_source
			from meeting_participant p join official o on o.id = p.official_id
			where p.meeting_id = any(:meetingIds)
			union all
			select u.meeting_id, 'unnamed', u.ordinal, null, u.description, u.country_code, null, null
			from meeting_unnamed_party u where u.meeting_id = any(:meetingIds)
			union all
			select c.meeting_id, 'country', 0, null, null, c.country_code, null, null
			from meeting_country c where c.meeting_id = any(:meetingIds)
			""";

	private final Map<Long, List<ParticipantResponse>> participants = new HashMap<>();

	private final Map<Long, List<MeetingResponse.UnnamedParty>> unnamed = new HashMap<>();

	private final Map<Long, List<String>> countries = new HashMap<>();

	/** Takes one row of {@link #SQL} (or of a statement with the same columns). */
	public void add(ResultSet rs) throws SQLException {
		long owner = rs.getLong("owner");
		switch (rs.getString("part")) {
			case "participant" -> this.participants.computeIfAbsent(owner, (id) -> new ArrayList<>())
				.add(new ParticipantResponse(rs.getString("slug"), rs.getString("name"), rs.getString("country"),
						rs.getString("role"), rs.getString("role_source")));
			case "unnamed" -> this.unnamed.computeIfAbsent(owner, (id) -> new ArrayList<>())
				.add(new MeetingResponse.UnnamedParty(rs.getString("name"), rs.getString("country")));
			case "country" -> this.countries.computeIfAbsent(owner, (id) -> new ArrayList<>()).add(rs.getString("country"));
			default -> throw new IllegalStateException("Unknown part " + rs.getString("part"));
		}
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

}
