package org.contacttimeline.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.contacttimeline.candidate.CandidateProposals;
import org.contacttimeline.candidate.ProposalAcceptor;
import org.contacttimeline.candidate.ProposedCandidate;
import org.contacttimeline.delegation.DelegationProposals;
import org.contacttimeline.delegation.ProposedDelegation;
import org.contacttimeline.meeting.MeetingProposals;
import org.contacttimeline.meeting.ProposedMeeting;
import org.contacttimeline.official.OfficialNames;
import org.contacttimeline.official.OfficialProposals;
import org.contacttimeline.source.CitationRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the contact of an accepted proposal of an article, through the write paths of meetings and delegations: the
 * article is its source and each sentence that reports it a citation (with the organization it relays, when the
 * text says who first reported it); the people the timeline knows take part in the roles the text gives them
 * ("the article gives no role" where it gives none); a person it does not know becomes an official only when the
 * editor asks for it, and is otherwise kept as an unnamed party described by the words that name them. A meeting
 * held during a visit of the same article that was accepted before belongs to that delegation.
 */
@Component
class ArticleAcceptor implements ProposalAcceptor {

	static final String NO_ROLE = "the article gives no role";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final MeetingProposals meetings;

	private final DelegationProposals delegations;

	private final OfficialProposals officials;

	private final OfficialNames names;

	private final CandidateProposals queue;

	ArticleAcceptor(JdbcClient jdbc, JsonMapper json, MeetingProposals meetings, DelegationProposals delegations,
			OfficialProposals officials, OfficialNames names, CandidateProposals queue) {
		this.jdbc = jdbc;
		this.json = json;
		this.meetings = meetings;
		this.delegations = delegations;
		this.officials = officials;
		this.names = names;
		this.queue = queue;
	}

	@Override
	public String origin() {
		return "article";
	}

	@Override
	public Accepted accept(long group, String stored, Acceptance acceptance, String editor) {
		Proposal proposal = this.json.readValue(stored, Proposal.class);
		Source source = this.jdbc.sql("""
				select a.id, a.publisher, a.headline, a.author, a.url, a.published_on from article a
				join article_proposal p on p.article_id = a.id where p.group_id = :group""")
			.param("group", group)
			.query(Source.class)
			.single();
		List<CitationRequest> citations = proposal.quotes().stream().map((quote) -> source.cite(quote,
				"reports the contact (" + proposal.type() + "); proposed from the article and accepted", reporter(proposal, quote)))
			.toList();
		List<Person> people = people(proposal, acceptance.createOfficials(), source);
		List<ProposedMeeting.UnnamedParty> unnamed = new ArrayList<>();
		proposal.unnamedParties().forEach((u) -> unnamed.add(new ProposedMeeting.UnnamedParty(u.description(), u.country())));
		people.stream().filter((p) -> p.slug == null).forEach((p) -> unnamed.add(new ProposedMeeting.UnnamedParty(
				p.participant.name() + (p.participant.role() != null ? ", " + p.participant.role() : "")
						+ " (not an official of the timeline)", p.participant.country())));
		String title = acceptance.title() != null ? acceptance.title() : proposal.title();
		String notes = notes(proposal, source, editor);
		Proposal.DateField date = proposal.date();
		if (proposal.type().equals("delegation")) {
			Person head = people.stream().filter((p) -> p.slug != null && Boolean.TRUE.equals(p.participant.head()))
				.findFirst().orElse(null);
			List<ProposedDelegation.Member> members = people.stream().filter((p) -> p.slug != null)
				.map((p) -> new ProposedDelegation.Member(p.slug, p.role())).toList();
			List<ProposedDelegation.ReportedDates> reported = proposal.reportedDates().stream()
				.map((d) -> new ProposedDelegation.ReportedDates(d.startDate(), d.endDate(),
						source.cite(sentence(proposal, d.quote()), "dates", null), d.rule()))
				.toList();
			String slug = this.delegations.create(new ProposedDelegation(acceptance.slug(), title,
					proposal.sendingCountry().code(), proposal.hostCountry().code(), head != null ? head.slug : null, members,
					date.startDate(), date.endDate(), date.precision(), reported, null, notes, citations));
			return new Accepted("delegation", slug);
		}
		String delegation = null;
		if (proposal.visit() != null) {
			delegation = this.queue.states(List.of(proposal.visit())).stream()
				.filter((visit) -> "delegation".equals(visit.type()) && visit.state().equals("accepted"))
				.map(ProposedCandidate::slug).findFirst().orElse(null);
		}
		Proposal.PlaceField place = proposal.place();
		String slug = this.meetings.create(new ProposedMeeting(acceptance.slug(), title, date.startDate(), date.endDate(),
				date.precision(), proposal.status().value(), proposal.kind().code(), place != null ? place.city() : null,
				place != null ? place.venue() : null, place != null ? place.country() : null,
				proposal.countries().stream().map(Proposal.Side::code).toList(),
				people.stream().filter((p) -> p.slug != null)
					.map((p) -> new ProposedMeeting.Participant(p.slug, p.role())).toList(),
				unnamed, delegation, notes, citations));
		return new Accepted("meeting", slug);
	}

	/** A participant and the official they are (or became), or {@code null}. */
	private record Person(Proposal.Participant participant, String slug) {

		String role() {
			return this.participant.role() != null ? this.participant.role() : NO_ROLE;
		}

	}

	private List<Person> people(Proposal proposal, boolean create, Source source) {
		List<Person> people = new ArrayList<>();
		for (Proposal.Participant participant : proposal.participants()) {
			String slug = participant.official() != null ? participant.official().slug() : null;
			if (slug == null) {
				// someone may have added the official since the article was posted
				List<OfficialNames.NameMatch> known = this.names.find(participant.name()).stream()
					.filter((m) -> participant.country() == null || participant.country().equals(m.country())).toList();
				slug = known.size() == 1 ? known.get(0).slug() : null;
			}
			if (slug == null && create && participant.country() != null) {
				slug = this.officials.create(participant.name(), participant.country(), List.of());
			}
			String found = slug;
			if (found == null || people.stream().noneMatch((p) -> found.equals(p.slug))) {
				people.add(new Person(participant, found));
			}
		}
		return people;
	}

	/** The organization a sentence relays, when the proposal's first reporters include one the timeline knows. */
	private static String reporter(Proposal proposal, String sentence) {
		return proposal.reportedBy().stream()
			.filter((r) -> r.organization() != null && (sentence.contains(r.quote()) || r.quote().contains(sentence)))
			.map((r) -> r.organization().slug())
			.findFirst()
			.orElse(null);
	}

	private static String sentence(Proposal proposal, String words) {
		return proposal.quotes().stream().filter((q) -> q.contains(words)).findFirst().orElse(words);
	}

	private static String notes(Proposal proposal, Source source, String editor) {
		String notes = "Proposed from the article \"" + Objects.toString(source.headline(), "(no headline)") + "\" ("
				+ source.publisher() + ", " + source.publishedOn() + ") and accepted by " + editor + ". Dates: "
				+ proposal.date().rule() + ". Status: " + proposal.status().rule() + ". Kind: " + proposal.kind().rule()
				+ ".";
		return notes.length() > 5000 ? notes.substring(0, 5000) : notes;
	}

	/** The article as a citation describes it. */
	private record Source(long id, String publisher, String headline, String author, String url, LocalDate publishedOn) {

		CitationRequest cite(String quote, String claim, String accordingTo) {
			return new CitationRequest(null, this.publisher, this.headline, this.author, this.url, this.publishedOn,
					quote.length() > 5000 ? quote.substring(0, 5000) : quote, claim,
					accordingTo != null ? new CitationRequest.AccordingTo(accordingTo, null) : null);
		}

	}

}
