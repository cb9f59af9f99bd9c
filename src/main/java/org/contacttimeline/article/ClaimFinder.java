package org.contacttimeline.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contacts one sentence reports: each clause holding words that report a meeting ("met with", "talks",
 * "summit") or a visit ("is visiting", "trip to", "arriving at", "the delegation") is a claim, with the people,
 * unnamed parties, sides, place, dates, status and reporters of that clause; a visit whose anniversary the sentence
 * marks ("the 70th anniversary of ... state visit to Moscow") is a claim of its own. Words in quoted speech report
 * nothing, nor do talks "a series of" which no clause tells apart.
 */
final class ClaimFinder {

	private static final Pattern TRIGGER = Pattern.compile("\\b(met|meet|meets|meeting|meetings|held talks|hold talks|"
			+ "holds talks|holding talks|talked|talks|summit|summits|negotiations|negotiated|consultations|conferred|"
			+ "visit|visits|visited|visiting|trip|tour|arrived (?:in|at)|arriving (?:in|at)|arrives (?:in|at)|"
			+ "arrive (?:in|at)|travel(?:ed|led|s)? to|delegation)\\b");

	private static final Pattern REFERENCE = Pattern.compile("\\b(?:the|The|his|her|their)(?: \\p{Lu}[\\p{L}.-]*){0,2} $");

	private static final Pattern VISIT = Pattern.compile("visit|trip|tour|arriv|travel|delegation");

	private static final Pattern REPORT_DAY = Pattern.compile("\\b(?:said|says|reported|announced|told [\\p{L} ]+?)\\s+$");

	private static final Pattern ANNIVERSARY = Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th) anniversary of\\b");

	private static final Pattern PARTY = Pattern.compile("\\b(?:(his|her|their|the|[Aa] group of|a|several|\\d+|one|two|"
			+ "three|four|five|six|seven|eight|nine|ten)\\s+)?((?:(?:\\p{Lu}[\\p{L}.'-]*)\\s+){0,3})(?:[a-z]+ )?"
			+ "(counterparts?|officials|senators|delegates|lawmakers|diplomats|hosts|leaders|officers|envoys|"
			+ "parliamentarians|delegation)\\b");

	private static final Pattern VENUE = Pattern.compile("\\b(?:enters|entered|entering|at|attended|attending|held at)\\s+"
			+ "((?:the|a|an)\\s+[^,]+?)(?=\\s+(?:to|in|on|organized|organised|and|where|for|with)\\b|,|\\.|$)");

	private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten");

	private final Gazetteer gazetteer;

	private final LocalDate published;

	ClaimFinder(Gazetteer gazetteer, LocalDate published) {
		this.gazetteer = gazetteer;
		this.published = published;
	}

	List<Claim> in(Sentence sentence, List<People.Mention> people, List<TextDate> dates,
			List<ReportingVerbs.Reporter> reporters) {
		String plain = sentence.plain();
		boolean[] quoted = Clauses.quoted(plain);
		boolean[] masked = new boolean[plain.length() + 1];
		List<Claim> claims = new ArrayList<>();
		// the day a report was made ("KCNA said Tuesday") is no day of the contact
		List<TextDate> unplaced = new ArrayList<>(dates.stream()
			.filter((d) -> !REPORT_DAY.matcher(plain.substring(0, d.at())).find()).toList());
		anniversaries(sentence, people, dates, unplaced, masked, claims);
		Map<Integer, List<MatchResult>> clauses = new LinkedHashMap<>();
		Matcher trigger = TRIGGER.matcher(plain);
		while (trigger.find()) {
			int at = trigger.start();
			if (quoted[at] || masked[at] || plain.substring(0, at).endsWith("series of ")) {
				continue;
			}
			clauses.computeIfAbsent(Clauses.start(plain, at), (k) -> new ArrayList<>()).add(trigger.toMatchResult());
		}
		// "to prepare the trip": a reference to a visit told elsewhere, in a clause that reports another contact
		for (List<MatchResult> triggers : clauses.values()) {
			if (triggers.size() > 1) {
				triggers.removeIf((t) -> REFERENCE.matcher(plain.substring(0, t.start())).find()
						&& VISIT.matcher(t.group()).lookingAt() && triggers.size() > 1);
			}
		}
		People.Mention subject = people.stream().filter((p) -> !quoted[p.nameStart()] && !masked[p.nameStart()])
			.findFirst().orElse(null);
		for (Map.Entry<Integer, List<MatchResult>> clause : clauses.entrySet()) {
			claims.add(claim(sentence, clause.getKey(), clause.getValue(), people, subject, masked, reporters));
		}
		// a date goes to the claim whose clause holds it, else to the nearest one
		for (TextDate date : unplaced) {
			Claim owner = null;
			int distance = Integer.MAX_VALUE;
			for (Claim claim : claims) {
				if (claim.anniversary) {
					continue;
				}
				int d = (date.at() >= claim.clauseStart && date.at() < claim.clauseEnd) ? -1
						: Math.abs(claim.triggerStart - date.at());
				if (d < distance) {
					owner = claim;
					distance = d;
				}
			}
			if (owner != null) {
				owner.dates.add(new Claim.DateClaim(arrival(owner, date), sentence.lead()));
			}
		}
		for (Claim claim : claims) {
			placeCity(claim, plain, sentence);
		}
		return claims;
	}

	private Claim claim(Sentence sentence, int clauseStart, List<MatchResult> triggers, List<People.Mention> people,
			People.Mention subject, boolean[] masked, List<ReportingVerbs.Reporter> reporters) {
		String plain = sentence.plain();
		MatchResult first = triggers.get(0);
		int clauseEnd = Clauses.end(plain, triggers.get(triggers.size() - 1).end());
		boolean visit = triggers.stream().anyMatch((t) -> VISIT.matcher(t.group()).lookingAt());
		Claim claim = new Claim(visit ? Claim.Type.VISIT : Claim.Type.MEETING, sentence);
		claim.triggerStart = first.start();
		claim.clauseStart = clauseStart;
		claim.clauseEnd = clauseEnd;
		for (MatchResult t : triggers) {
			claim.triggers.add(new Claim.Quoted(t.group(), sentence.quote(t.start(), t.end())));
		}
		claim.reference = visit && triggers.stream().allMatch((t) -> plain.substring(0, t.start()).matches(
				"(?s).*\\b(?:the|The)(?: \\p{Lu}[\\p{L}.-]*){0,2} $") && (t.group().equals("visit") || t.group().equals("delegation")));
		for (People.Mention person : people) {
			if (person.nameStart() >= clauseStart && person.nameStart() < clauseEnd && !masked[person.nameStart()]) {
				claim.participants.add(person);
			}
		}
		boolean noneBefore = claim.participants.stream().noneMatch((p) -> p.nameStart() < first.start());
		if (subject != null && !claim.participants.contains(subject) && (claim.participants.isEmpty() || noneBefore)
				&& subject.nameStart() < first.start()) {
			claim.participants.add(0, subject);
		}
		Matcher party = PARTY.matcher(plain).region(clauseStart, clauseEnd);
		while (party.find()) {
			if (masked[party.start()]) {
				continue;
			}
			String description = sentence.quote(party.start(), party.end());
			List<Gazetteer.Place> words = this.gazetteer.places(party.group(2) == null ? "" : party.group(2), null);
			String country = words.isEmpty() ? null : words.get(0).code();
			Integer count = count(party.group(1));
			boolean visitors = visit && party.start() < first.start() || party.group(3).equals("delegation");
			claim.parties.add(new Claim.Party(description, country, description, count, visitors));
			claim.group |= visitors && (count == null || count > 1 || !party.group(3).endsWith("s")
					|| party.group(3).equals("delegation"));
			claim.separately |= visitors && count != null && count > 1
					&& plain.substring(clauseStart, clauseEnd).contains("separately");
		}
		claim.status = StatusRules.of(sentence, clauseStart, first.start(), first.end());
		claim.reporters.addAll(reporters);
		Matcher venue = VENUE.matcher(plain).region(clauseStart, clauseEnd);
		if (!visit && venue.find()) {
			claim.venue = new Claim.Quoted(sentence.quote(venue.start(1), venue.end(1)),
					sentence.quote(venue.start(), venue.end()));
		}
		sides(claim, plain, sentence, first);
		return claim;
	}

	/** The sides: people's countries, unnamed parties', and a pair written "U.S.-North Korea summit". */
	private void sides(Claim claim, String plain, Sentence sentence, MatchResult first) {
		for (People.Mention person : claim.participants) {
			claim.addSide(person.country(), person.quote());
		}
		for (Claim.Party party : claim.parties) {
			claim.addSide(party.country(), party.quote());
		}
		List<Gazetteer.Place> places = this.gazetteer.places(plain, null);
		for (int i = 0; i + 1 < places.size(); i++) {
			Gazetteer.Place a = places.get(i);
			Gazetteer.Place b = places.get(i + 1);
			if (b.start() == a.end() + 1 && plain.charAt(a.end()) == '-' && b.end() <= first.start()
					&& plain.substring(b.end(), first.start()).isBlank()) {
				claim.addSide(a.code(), sentence.quote(a.start(), first.end()));
				claim.addSide(b.code(), sentence.quote(a.start(), first.end()));
			}
		}
	}

	/** The city where the contact took place, and a visit's destination: the first place named after its words. */
	private void placeCity(Claim claim, String plain, Sentence sentence) {
		TextDate date = claim.bestDate();
		LocalDate day = (date != null && date.start() != null) ? date.start() : null;
		for (Gazetteer.Place place : this.gazetteer.places(plain, day)) {
			if (place.start() < claim.triggerStart || place.start() >= claim.clauseEnd + 30 || place.people()
					|| Clauses.quoted(plain)[place.start()]) {
				continue;
			}
			if (claim.clauseEnd < place.start() && !plain.substring(claim.clauseEnd, place.start()).matches(", ")) {
				continue;
			}
			String words = plain.substring(place.start(), place.end());
			if (place.city() && claim.city == null) {
				claim.city = new Claim.Quoted(sentence.quote(place.start(), place.end()), sentence.quote(
						Math.max(claim.clauseStart, place.start() - 3), place.end()));
				claim.cityCountry = place.code();
			}
			if (claim.type == Claim.Type.VISIT && claim.host == null && !words.equalsIgnoreCase("the North")) {
				claim.host = new Claim.Quoted(place.code(), sentence.quote(claim.triggerStart, place.end()));
			}
			if (claim.type == Claim.Type.MEETING && place.city() && claim.sides.size() < 2) {
				claim.addSide(place.code(), sentence.quote(place.start(), place.end()));
			}
		}
	}

	/** Visits whose anniversary a sentence marks: dated by it, and their words kept out of the sentence's claims. */
	private void anniversaries(Sentence sentence, List<People.Mention> people, List<TextDate> dates,
			List<TextDate> unplaced, boolean[] masked, List<Claim> claims) {
		String plain = sentence.plain();
		Matcher anniversary = ANNIVERSARY.matcher(plain);
		while (anniversary.find()) {
			Matcher visit = Pattern.compile("\\b(visit|trip|tour)\\b").matcher(plain).region(anniversary.end(),
					Clauses.end(plain, anniversary.end()));
			if (!visit.find()) {
				continue;
			}
			TextDate marked = dates.stream().filter((d) -> d.precision().equals("day")).findFirst().orElse(null);
			Claim claim = new Claim(Claim.Type.VISIT, sentence);
			claim.anniversary = true;
			claim.triggerStart = visit.start();
			claim.clauseStart = anniversary.start();
			claim.clauseEnd = Clauses.end(plain, visit.end());
			claim.triggers.add(new Claim.Quoted(visit.group(), sentence.quote(visit.start(), visit.end())));
			claim.dates.add(new Claim.DateClaim(DateExpressions.anniversary(Integer.parseInt(anniversary.group(1)), marked,
					this.published, anniversary.start(), sentence.quote(anniversary.start(), visit.end())), sentence.lead()));
			for (People.Mention person : people) {
				if (person.nameStart() > anniversary.end() && person.nameStart() < visit.start()) {
					claim.participants.add(person);
					claim.addSide(person.country(), person.quote());
				}
			}
			claim.status = StatusRules.of(sentence, anniversary.start(), visit.start(), visit.end());
			int end = visit.end();
			Matcher destination = Pattern.compile("^ to [\\p{Lu}][\\p{L}. ]*?(?=[ ,.]|$)").matcher(plain.substring(end));
			if (destination.find()) {
				end += destination.end();
			}
			for (int i = anniversary.start(); i < end; i++) {
				masked[i] = true;
			}
			claim.clauseEnd = end;
			claims.add(claim);
		}
	}

	private TextDate arrival(Claim claim, TextDate date) {
		boolean arrives = claim.triggers.stream().anyMatch((t) -> t.value().startsWith("arriv"));
		return (arrives && date.whole() && date.start().equals(date.end()))
				? date.asStart("the day of arrival, the visit's first: " + date.rule()) : date;
	}

	private static Integer count(String word) {
		if (word == null) {
			return null;
		}
		if (word.matches("\\d+")) {
			return Integer.parseInt(word);
		}
		int index = NUMBERS.indexOf(word);
		return index >= 0 ? index + 1 : null;
	}

}
