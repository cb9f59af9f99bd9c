package org.contacttimeline.candidate;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.contacttimeline.meeting.MeetingProposals;
import org.contacttimeline.meeting.ProposedMeeting;
import org.contacttimeline.source.CitationRequest;
import org.contacttimeline.web.Problems;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decisions on candidate groups. Accepting a proposed group makes a meeting of it through the meeting
 * write path (checked as a POST is, its revision recorded), cited on the source of its most mentioned event; the
 * group remembers the meeting. Rejecting a group keeps it with the reason, so that it, and the events of the same
 * contact later imports bring, are not proposed again. The group is locked while it is decided, so that two editors
 * deciding at once take turns, and the second is told what the first decided (409).
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
class CandidateReview {

	private static final int NOTED_EVENTS = 10;

	private final JdbcTemplate jdbc;

	private final MeetingProposals meetings;

	private final List<ProposalAcceptor> acceptors;

	CandidateReview(JdbcTemplate jdbc, MeetingProposals meetings, List<ProposalAcceptor> acceptors) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.acceptors = acceptors;
	}

	/**
	 * Makes a meeting of a proposed group of events, or has the module that proposed a group of another origin make
	 * its contact; says what was made.
	 */
	ProposalAcceptor.Accepted accept(long id, AcceptRequest request, String editor) {
		Locked group = lock(id);
		if (!group.state.equals(ReviewState.PROPOSED.value())) {
			throw undecidable(group, "accepted");
		}
		if (group.origin.equals(Origin.ARTICLE.value())) {
			ProposalAcceptor acceptor = this.acceptors.stream().filter((a) -> a.origin().equals(group.origin)).findFirst()
				.orElseThrow(() -> new IllegalStateException("no acceptor for candidates of origin " + group.origin));
			String proposal = this.jdbc.queryForObject("select proposal::text from candidate_group where id = ?",
					String.class, id);
			ProposalAcceptor.Accepted made = acceptor.accept(id, proposal, new ProposalAcceptor.Acceptance(request.title(),
					request.slug(), Boolean.TRUE.equals(request.createOfficials())), editor);
			String column = made.type().equals("delegation") ? "delegation_id" : "meeting_id";
			this.jdbc.update("update candidate_group set state = 'accepted', " + column + " = (select id from "
					+ made.type() + " where slug = ?), decided_by = ?, decided_at = ? where id = ?", made.slug(), editor,
					OffsetDateTime.now(ZoneOffset.UTC), id);
			return made;
		}
		Event top = this.jdbc.queryForObject("select " + Event.COLUMNS + " from candidate c join meeting_kind k "
				+ "on k.code = c.kind_code where c.group_id = ? order by c.mentions desc, c.event_date, c.id limit 1",
				Event::of, id);
		List<String> events = this.jdbc.queryForList("select origin || ' ' || event_id from candidate where group_id = ? "
				+ "order by mentions desc, event_date, id limit " + NOTED_EVENTS, String.class, id);
		String slug = this.meetings.create(new ProposedMeeting(request.slug(),
				(request.title() != null) ? request.title() : group.title, group.start, group.end,
				top.code.equals("036") ? "planned" : "held", group.kind, group.city, group.placeCountry,
				List.of(group.low, group.high), notes(group, top, events), citation(top)));
		this.jdbc.update("update candidate_group set state = 'accepted', meeting_id = (select id from meeting where slug = ?), "
				+ "decided_by = ?, decided_at = ? where id = ?", slug, editor, OffsetDateTime.now(ZoneOffset.UTC), id);
		return new ProposalAcceptor.Accepted("meeting", slug);
	}

	/** Rejects a proposed or corroborating group, keeping the reason. */
	void reject(long id, RejectRequest request, String editor) {
		Locked group = lock(id);
		if (group.state.equals(ReviewState.ACCEPTED.value()) || group.state.equals(ReviewState.REJECTED.value())) {
			throw undecidable(group, "rejected");
		}
		this.jdbc.update("update candidate_group set state = 'rejected', meeting_id = null, delegation_id = null, reason = ?, decided_by = ?, "
				+ "decided_at = ? where id = ?", request.reason(), editor, OffsetDateTime.now(ZoneOffset.UTC), id);
	}

	private Locked lock(long id) {
		List<Locked> found = this.jdbc.query("select g.state, g.title, g.start_date, g.end_date, g.country_low, "
				+ "g.country_high, g.kind_code, g.place_city, g.place_country, g.mentions, g.candidate_count, "
				+ "coalesce('meeting ''' || m.slug || '''', 'delegation ''' || d.slug || ''''), g.decided_by, g.decided_at, g.reason, g.id, g.origin from candidate_group g "
				+ "left join meeting m on m.id = g.meeting_id left join delegation d on d.id = g.delegation_id "
				+ "where g.id = ? for update of g", (rs, n) -> new Locked(rs.getLong(16), rs.getString(17), rs.getString(1), rs.getString(2),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
						rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10), rs.getInt(11), rs.getString(12),
						rs.getString(13), rs.getObject(14, OffsetDateTime.class), rs.getString(15)), id);
		if (found.isEmpty()) {
			throw Problems.notFound("candidate group", "id", Long.toString(id));
		}
		return found.get(0);
	}

	/** Why a group cannot be accepted or rejected (again): what became of it. */
	private static org.springframework.web.ErrorResponseException undecidable(Locked group, String asked) {
		String what = switch (group.state) {
			case "corroborating" -> "corroborates the " + group.meeting + " already in the timeline, so it is "
					+ "not proposed; reject it if it does not report that meeting";
			case "accepted" -> "was accepted by " + group.decidedBy + " on " + group.decidedAt.toLocalDate()
					+ (group.meeting != null ? " and is the " + group.meeting : "");
			default -> "was rejected by " + group.decidedBy + " on " + group.decidedAt.toLocalDate() + " (" + group.reason
					+ ") and is not proposed again";
		};
		return Problems.conflict("Candidate group " + group.id + " cannot be " + asked + ": it " + what + ".");
	}

	private static String notes(Locked group, Event top, List<String> events) {
		String notes = "Accepted from candidate group " + group.id + ": " + group.count + " machine-coded event"
				+ (group.count == 1 ? "" : "s") + " (" + String.join(", ", events) + (group.count > events.size() ? ", ..." : "")
				+ "), " + group.mentions + " mention" + (group.mentions == 1 ? "" : "s") + ", " + group.start
				+ (group.end.equals(group.start) ? "" : " to " + group.end) + ". As coded: " + top.describe()
				+ ". The sides are known by country only: add the participants, and check the dates and place against the sources.";
		return notes.length() > 5000 ? notes.substring(0, 5000) : notes;
	}

	/**
	 * The event's source as a citation: the article it was coded from (its URL, published by the URL's host), the
	 * coded record as the quote, and a claim that says it is a record, not the article's words.
	 */
	private static CitationRequest citation(Event top) {
		String dataSet = top.origin.equals(Origin.GDELT.value()) ? "GDELT 2.0" : "POLECAT/PLOVER";
		String quote = "Machine-coded event (" + dataSet + " " + top.eventId + "): " + top.describe() + ".";
		String claim = "a machine-coded record, not the words of the article: check the article before relying on it";
		String url = top.sourceUrl;
		if (url != null && url.matches("https?://\\S+") && url.length() <= 2000) {
			String host;
			try {
				host = URI.create(url).getHost();
			}
			catch (IllegalArgumentException ex) {
				host = null;
			}
			if (host != null) {
				return new CitationRequest(null, host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""), null, null,
						url, null, quote, claim);
			}
		}
		// GDELT's SOURCEURL may be a citation ("BBC Monitoring") instead of a URL; PLOVER's may be missing
		String publisher = (url != null && !url.isBlank()) ? url.strip() : dataSet;
		return new CitationRequest(null, publisher.length() > 300 ? publisher.substring(0, 300) : publisher,
				"Event " + top.eventId, null, null, null, quote, claim);
	}

	private record Locked(long id, String origin, String state, String title, LocalDate start, LocalDate end, String low, String high,
			String kind, String city, String placeCountry, long mentions, int count, String meeting, String decidedBy,
			OffsetDateTime decidedAt, String reason) {
	}

	/** The most mentioned event of a group, as the meeting's notes and citation describe it. */
	private record Event(String origin, String eventId, LocalDate date, String code, String label, String actor1,
			String country1, String actor2, String country2, String place, String sourceUrl, int mentions) {

		static final String COLUMNS = "c.origin, c.event_id, c.event_date, c.kind_code, k.label, c.actor1_name, "
				+ "c.actor1_country, c.actor2_name, c.actor2_country, c.place, c.source_url, c.mentions";

		static Event of(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
			return new Event(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10), rs.getString(11), rs.getInt(12));
		}

		String describe() {
			return (this.actor1 != null ? this.actor1 : "(unnamed)") + " (" + this.country1 + ") " + this.code + " "
					+ this.label + " " + (this.actor2 != null ? this.actor2 : "(unnamed)") + " (" + this.country2 + "), "
					+ this.date + (this.place != null ? ", " + this.place : "") + "; " + this.mentions + " mention"
					+ (this.mentions == 1 ? "" : "s");
		}

	}

}
