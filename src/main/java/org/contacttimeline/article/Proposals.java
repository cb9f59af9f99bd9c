package org.contacttimeline.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.ibm.icu.util.ULocale;

/**
 * Writes the assembled claims as proposals: a visit with meetings or a group of visitors as a delegation visit, any
 * other contact as a meeting; the dates told most fully; the suggested CAMEO code; a title. A contact with fewer
 * than two sides is no contact between countries, and is not proposed.
 */
final class Proposals {

	/** The CAMEO codes a proposal suggests, with their labels. */
	static final Map<String, String> KINDS = Map.of("040", "Consult", "042", "Make a visit", "044",
			"Meet at a third location", "046", "Engage in negotiation");

	/** The most contacts one article may propose: a news report tells of a few; more is a list, or several articles. */
	static final int MOST = 100;

	private final Names names;

	/** Whether unknown people are given the names they may mean: not for a text that proposes too many to be posted. */
	private boolean suggest = true;

	Proposals(Names names) {
		this.names = names;
	}

	List<Proposal> of(List<Claim> claims) {
		List<Claim> kept = claims.stream().filter((c) -> sides(c).size() >= 2).toList();
		this.suggest = kept.size() <= MOST;
		List<Proposal> proposals = new ArrayList<>();
		for (Claim claim : kept) {
			Long visit = (claim.visit != null && kept.contains(claim.visit)) ? Long.valueOf(kept.indexOf(claim.visit)) : null;
			proposals.add(proposal(claim, visit));
		}
		return proposals;
	}

	private static boolean delegation(Claim claim) {
		return claim.type == Claim.Type.VISIT && (claim.group || !claim.meetings.isEmpty());
	}

	/** The sides by country: a visit's sending and host countries, a meeting's every side. */
	private static Map<String, String> sides(Claim claim) {
		Map<String, String> sides = new LinkedHashMap<>();
		if (claim.type == Claim.Type.VISIT) {
			String sending = Assembly.sending(claim);
			if (sending != null) {
				sides.put(sending, sendingQuote(claim, sending));
			}
			if (claim.host != null && !claim.host.value().equals(sending)) {
				sides.put(claim.host.value(), claim.host.quote());
			}
			return sides;
		}
		sides.putAll(claim.sides);
		return sides;
	}

	private static String sendingQuote(Claim claim, String sending) {
		return claim.parties.stream().filter((p) -> p.visitors() && sending.equals(p.country())).map(Claim.Party::quote)
			.findFirst()
			.orElse(claim.participants.stream().filter((p) -> sending.equals(p.country())).map(People.Mention::quote)
				.findFirst().orElse(claim.sides.get(sending)));
	}

	private Proposal proposal(Claim claim, Long visit) {
		boolean delegation = delegation(claim);
		Map<String, String> sides = sides(claim);
		List<Proposal.Side> countries = sides.entrySet().stream().map((e) -> new Proposal.Side(e.getKey(), e.getValue()))
			.toList();
		Proposal.Side sending = null;
		Proposal.Side host = null;
		if (claim.type == Claim.Type.VISIT) {
			sending = countries.get(0);
			host = countries.size() > 1 ? countries.get(1) : null;
		}
		List<Proposal.Participant> participants = new ArrayList<>();
		for (People.Mention person : claim.participants) {
			Names.Known known = person.official();
			// one person visiting alone, or one of those who visited "separately", heads the visit
			boolean head = person.head() || claim.split || (!claim.group && claim.participants.indexOf(person) == 0);
			participants.add(new Proposal.Participant(
					known != null ? new Proposal.OfficialRef(known.slug(), known.name()) : null, person.full(),
					person.role(), person.country(), delegation && head ? Boolean.TRUE : null,
					known != null ? known.matchedBy() : null,
					known == null && this.suggest ? this.names.suggestions(person.full()).stream()
						.map((k) -> new Proposal.OfficialRef(k.slug(), k.name())).toList() : null,
					person.quote()));
		}
		// a visit's visitors are told once, by the first words that give them ("A group of Russian senators")
		Claim.Party visitors = claim.parties.stream().filter(Claim.Party::visitors).findFirst().orElse(null);
		List<Proposal.UnnamedParty> unnamed = claim.parties.stream()
			.filter((p) -> !p.visitors() || (p == visitors && !claim.split))
			.map((p) -> new Proposal.UnnamedParty(p.description(), p.country(), p.quote())).toList();
		Proposal.PlaceField place = (claim.city == null && claim.venue == null) ? null
				: new Proposal.PlaceField(claim.city != null ? claim.city.value() : null,
						claim.venue != null ? claim.venue.value() : null,
						claim.cityCountry != null ? claim.cityCountry : (host != null ? host.code() : null),
						claim.city != null ? claim.city.quote() : claim.venue.quote(),
						claim.venue != null ? claim.venue.quote() : null);
		Proposal.KindField kind = kind(claim, sides);
		List<Proposal.Reporter> reporters = claim.reporters.stream().map((r) -> {
			Names.Body body = this.names.organization(r.name(), null);
			return new Proposal.Reporter(r.name(), body != null ? new Proposal.OrganizationRef(body.slug(), body.name())
					: null, r.rule(), r.quote());
		}).toList();
		Proposal.DateField date = date(claim);
		List<Proposal.DateField> reported = delegation ? claim.dates.stream().map(Claim.DateClaim::date)
			.filter(TextDate::whole).filter((d) -> !"year".equals(d.precision()))
			.map((d) -> new Proposal.DateField(d.start(), d.end(), d.precision(), d.rule(), d.quote()))
			.distinct().toList() : List.of();
		List<String> quotes = claim.sentences.stream().map(Sentence::text).distinct().toList();
		return new Proposal(delegation ? "delegation" : "meeting", title(claim, delegation, participants, host), date,
				reported, countries, sending, host, participants, unnamed, place, kind,
				new Proposal.StatusField(claim.status.value(), claim.status.rule(), claim.status.quote()), reporters,
				visit, quotes);
	}

	/** The dates told most fully; an arrival and an "until" together make a range. */
	private static Proposal.DateField date(Claim claim) {
		TextDate best = claim.bestDate();
		if (best == null) {
			return new Proposal.DateField(null, null, "unknown", "the text gives no date", null);
		}
		String rule = (claim.datedBy != null ? claim.datedBy + "; " : "") + best.rule();
		if (!best.whole()) {
			TextDate start = claim.dates.stream().map(Claim.DateClaim::date).filter((d) -> d.start() != null).findFirst()
				.orElse(null);
			TextDate end = claim.dates.stream().map(Claim.DateClaim::date).filter((d) -> d.end() != null).findFirst()
				.orElse(null);
			if (start != null && end != null && !end.end().isBefore(start.start())) {
				return new Proposal.DateField(start.start(), end.end(), "day", start.rule() + "; " + end.rule(),
						start.quote());
			}
			return new Proposal.DateField(best.start() != null ? best.start() : best.end(),
					best.start() != null ? best.start() : best.end(), "day",
					rule + "; only one end is given: the day stands for both", best.quote());
		}
		return new Proposal.DateField(best.start(), best.end(), best.precision(), rule, best.quote());
	}

	private static Proposal.KindField kind(Claim claim, Map<String, String> sides) {
		String words = String.join(" ", claim.triggers.stream().map(Claim.Quoted::value).toList());
		Claim.Quoted first = claim.triggers.get(0);
		String code;
		String rule;
		if (claim.type == Claim.Type.VISIT || claim.madeVisit) {
			code = "042";
			rule = "a visit (\"" + first.value() + "\")";
		}
		else if (words.contains("negotiat")) {
			code = "046";
			rule = "negotiations";
		}
		else if (claim.cityCountry != null && !sides.containsKey(claim.cityCountry)) {
			code = "044";
			rule = "a meeting in a country of neither side (" + claim.cityCountry + ")";
		}
		else {
			code = "040";
			rule = "a meeting (\"" + first.value() + "\"), nothing said of negotiation";
		}
		return new Proposal.KindField(code, KINDS.get(code), rule, first.quote());
	}

	private static String title(Claim claim, boolean delegation, List<Proposal.Participant> participants,
			Proposal.Side host) {
		List<String> people = participants.stream()
			.map((p) -> p.official() != null ? p.official().name() : p.name()).distinct().limit(3).toList();
		String where = claim.city != null ? " in " + claim.city.value() : "";
		if (delegation || claim.type == Claim.Type.VISIT) {
			String who = !people.isEmpty() && (claim.split || !claim.group) ? people.get(0)
					: claim.parties.stream().filter(Claim.Party::visitors).map(Claim.Party::description).findFirst()
						.map((d) -> d.replaceFirst("^(?:[Aa] group of|[Aa]|[Tt]he|\\w+) ", ""))
						.orElse(people.isEmpty() ? "A delegation" : people.get(0));
			String to = host != null ? country(host.code()) : where;
			return capitalized(who) + " visit to " + (claim.city != null ? claim.city.value() : to);
		}
		List<String> named = new ArrayList<>(people);
		if (named.isEmpty()) {
			sides(claim).keySet().stream().map(Proposals::country).filter(Objects::nonNull).forEach(named::add);
		}
		String verb = claim.madeVisit ? " visit" : " meeting";
		return capitalized(String.join(" and ", named) + verb + where);
	}

	private static String country(String code) {
		return code.equals("SU") ? "the Soviet Union" : new ULocale("", code).getDisplayCountry(ULocale.ENGLISH);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
