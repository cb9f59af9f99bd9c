package org.contacttimeline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who first reported what a sentence says, when the sentence says so, each rule once: "according to Russia's
 * foreign ministry", "KCNA said", "said the ministry", "told Russian news agency TASS", "Yonhap reported", "citing
 * Xinhua", and a photo caption's credit ("/ Yonhap"). Only a news medium or a body is such a reporter (its words
 * name an agency, a ministry, a news medium): a person who speaks ("Kislyak said") takes part, and is no reporter.
 */
enum ReportingVerbs {

	ACCORDING_TO("\"according to\"", "\\baccording to ((?:the )?[^,.;\"]+)"),
	TOLD("\"told\": the medium told", "\\btold ((?:the )?[^,.;\"]+?)(?= after| before| in an| on | that|,|\\.|;|$)"),
	CITING("\"citing\"", "\\bciting ((?:the )?[^,.;\"]+)"),
	SAID_BY("a body or medium \"said\" or \"reported\"", "((?:the )?(?:[\\p{L}'()-]+ ){0,8}?[\\p{L}()'-]+) "
			+ "(?:said|says|reported|reports|announced|quoted)\\b"),
	SAID_AFTER("\"said\" or \"reported\" before the body or medium", "\\b(?:said|reported|announced) ((?:the )?[^,.;\"]+)"
			+ "(?=[.;]|$)");

	/** A reporter a sentence names: the words as written and where they stand. */
	record Reporter(String name, String rule, int at, String quote) {
	}

	/** The words that make a phrase a body or medium, not a person. */
	private static final Pattern BODY = Pattern.compile("\\b(?:agency|ministry|news|media|KCNA|TASS|Yonhap|Xinhua|"
			+ "Interfax|RIA|Kremlin|office|embassy|government|department|newspaper|daily|broadcaster|television|radio|"
			+ "spokes(?:man|woman|person)|council|committee|Rodong Sinmun|Sputnik|Reuters|AP|AFP|NHK|KBS)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CREDIT = Pattern.compile("^/\\s*(\\p{Lu}[\\p{L} ]{1,40})$");

	private final String rule;

	private final Pattern words;

	ReportingVerbs(String rule, String words) {
		this.rule = rule;
		this.words = Pattern.compile(words);
	}

	/** The reporters a sentence names, by every rule, in order. */
	static List<Reporter> in(Sentence sentence) {
		String plain = sentence.plain();
		List<Reporter> found = new ArrayList<>();
		for (ReportingVerbs verb : values()) {
			Matcher matcher = verb.words.matcher(plain);
			while (matcher.find()) {
				String name = trim(plain.substring(matcher.start(1), matcher.end(1)));
				if (BODY.matcher(name).find() && found.stream().noneMatch((r) -> r.name().equals(name))) {
					int at = plain.indexOf(name, matcher.start(1));
					found.add(new Reporter(sentence.quote(at, at + name.length()), verb.rule, matcher.start(),
							sentence.quote(matcher.start(), matcher.end())));
				}
			}
		}
		return found;
	}

	/**
	 * The reporter "the agency" or "the ministry" stands for: the last one named before whose name holds that word
	 * (its name as written there), else the words themselves.
	 */
	static Reporter earlier(Reporter reporter, List<Reporter> before) {
		Matcher generic = Pattern.compile("^the (\\p{Ll}+)$").matcher(reporter.name());
		if (!generic.matches()) {
			return reporter;
		}
		for (int i = before.size() - 1; i >= 0; i--) {
			if (before.get(i).name().toLowerCase(Locale.ROOT).contains(generic.group(1))) {
				return new Reporter(before.get(i).name(), reporter.rule() + ", \"" + reporter.name() + "\" named before",
						reporter.at(), reporter.quote());
			}
		}
		return reporter;
	}

	/** The agency a photo caption's credit line names ("/ Yonhap"), or {@code null}. */
	static Reporter credit(Sentence sentence) {
		Matcher matcher = CREDIT.matcher(sentence.plain().strip());
		return matcher.matches() ? new Reporter(matcher.group(1).strip(), "a photo caption's credit", 0, sentence.text())
				: null;
	}

	/**
	 * The name without words of the clause before it: at most its last eight words, from its last "the" on ("the
	 * talks were held, the agency" keeps "the agency").
	 */
	private static String trim(String name) {
		String[] words = name.strip().split(" ");
		String last = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 8), words.length));
		int the = last.lastIndexOf("the ");
		String trimmed = (the > 0 && the + 4 < last.length()) ? last.substring(the) : last;
		for (String lead : new String[] { "But ", "And ", "while ", "and " }) {
			if (trimmed.startsWith(lead)) {
				trimmed = trimmed.substring(lead.length());
			}
		}
		return trimmed;
	}

}
