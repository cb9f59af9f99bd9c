package org.contacttimeline.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one clause of the text tells of a contact, and, once merged, all the text tells of it: the facts found so
 * far, each with the words that support it. Assembled by {@link ClaimFinder}, merged and completed by
 * {@link Assembly}.
 */
final class Claim {

	enum Type {
		MEETING, VISIT
	}

	/** People the text mentions without names ("three North Korean officials", "his counterparts"). */
	record Party(String description, String country, String quote, Integer count, boolean visitors) {
	}

	/** A fact's value and the words that support it. */
	record Quoted(String value, String quote) {
	}

	Type type;

	/** Where, in the first sentence, the words that report it and their clause stand. */
	int triggerStart;

	int clauseStart;

	int clauseEnd;

	/** A visit whose anniversary the sentence marks. */
	boolean anniversary;

	/** A visit whose visitors met named people of another side: a meeting of kind "make a visit". */
	boolean madeVisit;

	/** One of the visits several people made "separately". */
	boolean split;

	/** Whether the words refer to a visit told elsewhere ("the visit", "the Russian delegation"). */
	boolean reference;

	/** The words that report the contact ("met with", "is visiting"), for the kind. */
	final List<Quoted> triggers = new ArrayList<>();

	final List<Sentence> sentences = new ArrayList<>();

	final List<People.Mention> participants = new ArrayList<>();

	final List<Party> parties = new ArrayList<>();

	/** The sides by country, each with the words that give it. */
	final Map<String, String> sides = new LinkedHashMap<>();

	/** A visit's sending country, and the country it visits. */
	Quoted sending;

	Quoted host;

	Quoted city;

	String cityCountry;

	Quoted venue;

	final List<DateClaim> dates = new ArrayList<>();

	StatusRules.Status status;

	final List<ReportingVerbs.Reporter> reporters = new ArrayList<>();

	/** "three ... officials visited Moscow separately": one visit each. */
	boolean separately;

	/** Whether the visitors are a group (senators, a delegation), not one person. */
	boolean group;

	/** The visit a meeting took place during. */
	Claim visit;

	/** The meetings that took place during a visit. */
	final List<Claim> meetings = new ArrayList<>();

	/** The rule that dates a meeting by the visit it belongs to, when it has no date of its own. */
	String datedBy;

	/** A date a sentence gives, with whether the sentence comes before the byline. */
	record DateClaim(TextDate date, boolean lead) {
	}

	Claim(Type type, Sentence sentence) {
		this.type = type;
		this.sentences.add(sentence);
	}

	boolean dated() {
		return !this.dates.isEmpty();
	}

	/** The date told most fully: a whole range from the body first, then from anywhere, then a day. */
	TextDate bestDate() {
		TextDate best = null;
		int bestScore = -1;
		for (DateClaim claim : this.dates) {
			TextDate date = claim.date();
			int score = (date.whole() ? 4 : 0) + (claim.lead() ? 0 : 2)
					+ (date.whole() && !date.start().equals(date.end()) ? 1 : 0);
			if (score > bestScore) {
				best = date;
				bestScore = score;
			}
		}
		return best;
	}

	void addSide(String code, String quote) {
		if (code != null) {
			this.sides.putIfAbsent(code, quote);
		}
	}

}
