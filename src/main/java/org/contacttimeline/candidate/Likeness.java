package org.contacttimeline.candidate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * When two names (of actors, of cities) are close enough to name the same one: their Jaro–Winkler similarity, compared
 * without case, accents or punctuation ({@code KIM JONG-UN}, {@code Kim Jong Un}), is at least {@value #SIMILAR}.
 * Machine coders spell one person or city in a few ways ({@code P'yongyang}, {@code Pyongyang}; {@code VLADIMIR
 * PUTIN}, {@code VLADIMIR V PUTIN}: 0.97); different people mostly stay below ({@code KIM JONG UN} and
 * {@code KIM YONG CHOL}: 0.87), but not always: names that share a long beginning come close ({@code KIM JONG UN} and
 * {@code KIM JONG IL}: 0.93), which is why both sides must be close, and within days, for events to be one contact.
 */
final class Likeness {

	static final double SIMILAR = 0.9;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Likeness() {
	}

	/** The form names are compared in: upper case, no accents, words separated by one space; {@code null} if none. */
	static String normal(String name) {
		if (name == null) {
			return null;
		}
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		String words = NOT_WORD.matcher(plain.replace("'", "").replace("’", "")).replaceAll(" ").strip()
			.toUpperCase(Locale.ROOT);
		return words.isEmpty() ? null : words;
	}

	/** Whether two names in {@link #normal} form are close enough to name the same; never for an unknown name. */
	static boolean close(String a, String b) {
		if (a == null || b == null) {
			return false;
		}
		return a.equals(b) || JARO_WINKLER.apply(a, b) >= SIMILAR;
	}

}
