package org.contacttimeline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts together what the sentences tell of each contact:
 * <ol>
 * <li>a visit whose visitors meet named people of another side is a meeting (a trip "for his first summit with" a
 * president);</li>
 * <li>claims that report the same contact are merged: visits with the same sending and host countries whose dates
 * overlap (a reference, "the visit", to the one visit its people are on); meetings of the same sides, with a person
 * in common (or one naming none) on the same days (or both undated), in the same city;</li>
 * <li>a meeting held during a visit is linked to it: one of its people is on the visit, or the visit's unnamed
 * visitors are of its side and its days fall in the visit's; it takes the visit's city, host side and, when it has
 * none, dates;</li>
 * <li>a visit that several people made "separately" is one visit per person who met someone during it.</li>
 * </ol>
 */
final class Assembly {

	private Assembly() {
	}

	static List<Claim> of(List<Claim> claims) {
		for (Claim claim : claims) {
			if (claim.type == Claim.Type.VISIT && !claim.anniversary
					&& claim.participants.stream().map(People.Mention::country).filter(Objects::nonNull).distinct().count() > 1) {
				claim.type = Claim.Type.MEETING;
				claim.madeVisit = true;
			}
		}
		List<Claim> merged = new ArrayList<>();
		for (Claim claim : claims) {
			Claim same = merged.stream().filter((other) -> same(other, claim)).findFirst().orElse(null);
			if (same != null) {
				merge(same, claim);
			}
			else {
				merged.add(claim);
			}
		}
		for (Claim meeting : merged) {
			if (meeting.type == Claim.Type.MEETING && !meeting.anniversary) {
				merged.stream().filter((visit) -> visit.type == Claim.Type.VISIT && !visit.anniversary && during(meeting, visit))
					.findFirst()
					.ifPresent((visit) -> link(meeting, visit));
			}
		}
		List<Claim> result = new ArrayList<>();
		for (Claim claim : merged) {
			if (claim.type == Claim.Type.VISIT && claim.separately && !claim.meetings.isEmpty()) {
				result.addAll(split(claim));
			}
			else {
				result.add(claim);
			}
		}
		return result;
	}

	private static boolean same(Claim a, Claim b) {
		if (a.type != b.type || a.anniversary || b.anniversary) {
			return false;
		}
		if (a.dated() && b.dated() && !a.bestDate().overlaps(b.bestDate())) {
			return false;
		}
		if (a.type == Claim.Type.VISIT) {
			String sendingA = sending(a);
			String sendingB = sending(b);
			boolean shared = !names(a).stream().filter(names(b)::contains).toList().isEmpty();
			if (sendingA != null && sendingB != null ? !sendingA.equals(sendingB) : !shared) {
				return false;
			}
			return a.host == null || b.host == null || a.host.value().equals(b.host.value()) || a.reference || b.reference;
		}
		if (a.sides.size() < 2 || !a.sides.keySet().equals(b.sides.keySet())) {
			return false;
		}
		if (a.city != null && b.city != null && !a.city.value().equals(b.city.value())) {
			return false;
		}
		Set<String> namesA = names(a);
		Set<String> namesB = names(b);
		boolean shared = namesA.stream().anyMatch(namesB::contains);
		if (a.dated() && b.dated()) {
			return sameDays(a.bestDate(), b.bestDate()) && (shared || namesA.isEmpty() || namesB.isEmpty());
		}
		// an undated mention (a headline) is the dated meeting of the same people; two undated ones the same contact
		return (a.dated() != b.dated()) ? shared : (shared || namesA.isEmpty() || namesB.isEmpty());
	}

	private static boolean sameDays(TextDate a, TextDate b) {
		return Objects.equals(a.start(), b.start()) && Objects.equals(a.end(), b.end());
	}

	/** The sending side of a visit: its unnamed visitors' country, else its first person's. */
	static String sending(Claim visit) {
		return visit.parties.stream().filter(Claim.Party::visitors).map(Claim.Party::country).filter(Objects::nonNull)
			.findFirst()
			.orElse(visit.participants.stream().map(People.Mention::country).filter(Objects::nonNull).findFirst()
				.orElse(null));
	}

	private static Set<String> names(Claim claim) {
		return claim.participants.stream().map(People.Mention::full).collect(Collectors.toSet());
	}

	private static void merge(Claim into, Claim from) {
		from.sentences.stream().filter((s) -> !into.sentences.contains(s)).forEach(into.sentences::add);
		into.triggers.addAll(from.triggers);
		for (People.Mention person : from.participants) {
			People.Mention known = into.participants.stream().filter((p) -> p.full().equals(person.full())).findFirst()
				.orElse(null);
			if (known == null) {
				into.participants.add(person);
			}
			else if ((known.role() == null && person.role() != null) || (person.head() && !known.head())) {
				into.participants.set(into.participants.indexOf(known), person.role() != null || !person.head() ? person
						: new People.Mention(known.start(), known.nameStart(), known.nameEnd(), known.written(), known.full(),
								known.role(), known.country(), known.countryWords(), known.quote(), known.official(), true,
								known.delegate()));
			}
		}
		from.parties.stream().filter((p) -> into.parties.stream().noneMatch((q) -> q.description().equals(p.description())))
			.forEach(into.parties::add);
		from.sides.forEach(into.sides::putIfAbsent);
		into.host = (into.host != null) ? into.host : from.host;
		into.city = (into.city != null) ? into.city : from.city;
		into.cityCountry = (into.cityCountry != null) ? into.cityCountry : from.cityCountry;
		into.venue = (into.venue != null) ? into.venue : from.venue;
		into.dates.addAll(from.dates);
		into.status = StatusRules.surest(into.status, from.status);
		from.reporters.stream().filter((r) -> into.reporters.stream().noneMatch((q) -> q.name().equals(r.name())))
			.forEach(into.reporters::add);
		into.separately |= from.separately;
		into.group |= from.group;
		into.madeVisit |= from.madeVisit;
		into.reference &= from.reference;
	}

	/** Whether a meeting took place during a visit (see the class). */
	private static boolean during(Claim meeting, Claim visit) {
		boolean onIt = names(meeting).stream().anyMatch(names(visit)::contains);
		if (onIt) {
			return !meeting.dated() || !visit.dated() || meeting.bestDate().overlaps(visit.bestDate());
		}
		String sending = sending(visit);
		boolean visitors = visit.parties.stream().anyMatch(Claim.Party::visitors);
		boolean ofItsSide = meeting.participants.stream().anyMatch((p) -> Objects.equals(p.country(), sending));
		boolean inIt = meeting.dated() && visit.dated() && visit.bestDate().contains(meeting.bestDate());
		boolean there = meeting.cityCountry == null || visit.host == null || meeting.cityCountry.equals(visit.host.value());
		boolean sides = visit.host == null || meeting.sides.keySet().stream()
			.allMatch((code) -> code.equals(sending) || code.equals(visit.host.value()));
		return visitors && ofItsSide && inIt && there && sides;
	}

	private static void link(Claim meeting, Claim visit) {
		meeting.visit = visit;
		visit.meetings.add(meeting);
		if (meeting.city == null && visit.city != null) {
			meeting.city = visit.city;
			meeting.cityCountry = visit.cityCountry;
			meeting.sentences.add(visit.sentences.get(0));
		}
		if (visit.host != null) {
			String host = visit.host.value();
			Claim.Party counterparts = visit.parties.stream().filter((p) -> !p.visitors() && host.equals(p.country()))
				.findFirst().orElse(null);
			for (int i = 0; i < meeting.parties.size(); i++) {
				Claim.Party party = meeting.parties.get(i);
				if (party.country() == null) {
					meeting.parties.set(i, new Claim.Party(party.description(), host, party.quote(), party.count(),
							party.visitors()));
				}
			}
			meeting.addSide(host, counterparts != null ? counterparts.quote() : visit.host.quote());
		}
		if (!meeting.dated() && visit.dated()) {
			meeting.datedBy = "no date of its own: the dates of the visit it took place during";
			meeting.dates.addAll(visit.dates);
		}
	}

	/** One visit for each person of the sending side who met someone during a visit made "separately". */
	private static List<Claim> split(Claim visit) {
		List<Claim> visits = new ArrayList<>();
		String sending = sending(visit);
		for (Claim meeting : visit.meetings) {
			for (People.Mention person : meeting.participants) {
				if (!Objects.equals(person.country(), sending)
						|| visits.stream().anyMatch((v) -> v.participants.get(0).full().equals(person.full()))) {
					continue;
				}
				Claim one = new Claim(Claim.Type.VISIT, visit.sentences.get(0));
				one.sentences.add(meeting.sentences.get(0));
				one.triggers.addAll(visit.triggers);
				one.participants.add(person);
				one.parties.addAll(visit.parties.stream().filter((p) -> !p.visitors()).toList());
				visit.parties.stream().filter(Claim.Party::visitors).findFirst()
					.ifPresent((p) -> one.parties.add(0, new Claim.Party(p.description(), p.country(), p.quote(), 1, true)));
				one.sides.putAll(visit.sides);
				one.host = visit.host;
				one.city = visit.city;
				one.cityCountry = visit.cityCountry;
				one.dates.addAll(visit.dates);
				one.status = visit.status;
				one.reporters.addAll(visit.reporters);
				one.meetings.add(meeting);
				one.split = true;
				meeting.visit = one;
				visits.add(one);
			}
		}
		return visits;
	}

}
