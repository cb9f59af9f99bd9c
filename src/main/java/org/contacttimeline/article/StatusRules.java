package org.contacttimeline.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say a contact has not (yet) taken place, each rule once: speculation ("could include", "is
 * expected to", "possible"), a plan ("will visit", "is scheduled to", "plans to") or a cancellation ("called off").
 * A rule applies to a contact when its words stand in the contact's clause before the words that report it ("Lavrov
 * is expected to visit"; not "the visit ... will be a normal practice"), a cancellation anywhere in the clause ("the
 * summit was called off"). Without any, the contact is reported as held:
 * the text tells it as done, or under way ("is visiting").
 */
enum StatusRules {

	CANCELLED("cancelled", "\\b(?:cancell?ed|called off|scrapped|postponed indefinitely)\\b"),
	SPECULATED("speculated", "\\b(?:speculat\\w*|could|may|might|possibl[ey]|reportedly|rumou?red|likely|(?:is|are|was|were) "
			+ "expected to|(?:is|are) (?:said to be )?considering|mulling)\\b"),
	PLANNED("planned", "\\b(?:will|shall|(?:is|are|was|were) (?:scheduled |set |due |slated )?to|scheduled|plans? to|"
			+ "planned|planning to|upcoming|intends? to|agreed to)\\b");

	/** What a contact's status is, why, and the words that say so. */
	record Status(String value, String rule, int at, String quote) {
	}

	private final String value;

	private final Pattern words;

	StatusRules(String value, String words) {
		this.value = value;
		this.words = Pattern.compile(words);
	}

	String value() {
		return this.value;
	}

	/** Where this rule's words stand in {@code text} from {@code from} to {@code to}, or -1. */
	int find(String text, int from, int to) {
		Matcher matcher = this.words.matcher(text).region(from, to);
		return matcher.find() ? matcher.start() : -1;
	}

	/**
	 * The status of a contact reported by the words at {@code trigger} of a sentence, whose clause begins at
	 * {@code clause}: the first rule (cancelled, speculated, planned) whose words stand between them, else held.
	 */
	static Status of(Sentence sentence, int clause, int trigger, int triggerEnd) {
		String plain = sentence.plain();
		for (StatusRules rule : List.of(CANCELLED, SPECULATED, PLANNED)) {
			int end = (rule == CANCELLED) ? Clauses.end(plain, triggerEnd) : trigger;
			int at = rule.find(plain, clause, end);
			if (at >= 0) {
				Matcher words = rule.words.matcher(plain).region(at, end);
				words.find();
				return new Status(rule.value, "\"" + words.group() + "\" " + (rule == CANCELLED ? "in" : "before")
						+ " the words that report it: " + rule.value, clause,
						sentence.quote(clause, Math.max(triggerEnd, words.end())));
			}
		}
		return new Status("held", "no word of a plan, speculation or cancellation before the words that report it: "
				+ "told as done or under way", clause, sentence.quote(clause, triggerEnd));
	}

	/** Of two statuses of one contact, the one the text is surest of: held, then planned, then speculated. */
	static Status surest(Status a, Status b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		if (a.value.equals("cancelled") || b.value.equals("cancelled")) {
			return a.value.equals("cancelled") ? a : b;
		}
		List<String> order = List.of("held", "planned", "speculated");
		return order.indexOf(a.value) <= order.indexOf(b.value) ? a : b;
	}

}
