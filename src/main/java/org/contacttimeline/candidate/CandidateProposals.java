package org.contacttimeline.candidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts other modules propose join the review queue as candidate groups of their origin: proposed, or, when the
 * {@link Corroboration} rule finds the contact already in the timeline, corroborating it. Runs in the caller's
 * transaction.
 */
@Component
@Transactional(isolation = Isolation.READ_COMMITTED)
public class CandidateProposals {

	private final JdbcTemplate jdbc;

	private final Corroboration corroboration;

	CandidateProposals(JdbcTemplate jdbc, Corroboration corroboration) {
		this.jdbc = jdbc;
		this.corroboration = corroboration;
	}

	/** Puts a proposal in the queue, an article's, and says where it stands. */
	public ProposedCandidate propose(NewCandidate candidate) {
		String low = candidate.countries().get(0).compareTo(candidate.countries().get(1)) < 0 ? candidate.countries().get(0)
				: candidate.countries().get(1);
		String high = low.equals(candidate.countries().get(0)) ? candidate.countries().get(1) : candidate.countries().get(0);
		Long id = this.jdbc.queryForObject("""
				insert into candidate_group (origin, state, country_low, country_high, start_date, end_date, date_precision,
				                             kind_code, title, place, place_city, place_country, proposal, search)
				values ('article', 'proposed', ?, ?, ?, ?, ?, ?, left(?, 300), ?, ?, ?, ?::jsonb, search_form(left(?, 10000)))
				returning id""", Long.class, low, high, candidate.startDate(), candidate.endDate(),
				candidate.datePrecision(), candidate.kind(), candidate.title(), candidate.place(), candidate.city(),
				candidate.placeCountry(), candidate.proposal(), candidate.text());
		Set<String> cities = new HashSet<>();
		if (candidate.city() != null) {
			cities.add(Likeness.normal(candidate.city()));
		}
		Set<List<String>> pairs = new HashSet<>();
		List<String> lows = names(candidate, low);
		List<String> highs = names(candidate, high);
		if (candidate.delegation()) {
			lows.forEach((name) -> pairs.add(List.of(name, "")));
			highs.forEach((name) -> pairs.add(List.of("", name)));
		}
		else {
			lows.forEach((a) -> highs.forEach((b) -> pairs.add(List.of(a, b))));
		}
		Corroboration.Reported contact = this.corroboration.reported(new Corroboration.Claim(candidate.delegation(), low,
				high, candidate.startDate(), candidate.endDate(), candidate.datePrecision(), cities, pairs,
				candidate.status(), candidate.official()));
		if (contact != null) {
			this.corroboration.attach(id, contact);
			return new ProposedCandidate(id, ReviewState.CORROBORATING.value(), contact.type(), contact.slug(),
					candidate.proposal());
		}
		return new ProposedCandidate(id, ReviewState.PROPOSED.value(), null, null, candidate.proposal());
	}

	/** Where the groups with these ids stand now, with their proposals, in that order. */
	@Transactional(readOnly = true, transactionManager = "transactionManager")
	public List<ProposedCandidate> states(List<Long> ids) {
		java.util.Map<Long, ProposedCandidate> states = new java.util.HashMap<>();
		this.jdbc.query("""
				select g.id, g.state, m.slug, d.slug, g.proposal::text from candidate_group g left join meeting m on m.id = g.meeting_id
				left join delegation d on d.id = g.delegation_id where g.id = any(?)""", (rs) -> {
					String meeting = rs.getString(3);
					String delegation = rs.getString(4);
					states.put(rs.getLong(1), new ProposedCandidate(rs.getLong(1), rs.getString(2),
							meeting != null ? "meeting" : delegation != null ? "delegation" : null,
							meeting != null ? meeting : delegation, rs.getString(5)));
				}, (Object) ids.stream().mapToLong(Long::longValue).toArray());
		return ids.stream().map(states::get).filter(java.util.Objects::nonNull).toList();
	}

	private static List<String> names(NewCandidate candidate, String country) {
		List<String> names = new ArrayList<>();
		for (String name : candidate.names().getOrDefault(country, List.of())) {
			String normal = Likeness.normal(name);
			if (normal != null) {
				names.add(normal);
			}
		}
		return names;
	}

}
