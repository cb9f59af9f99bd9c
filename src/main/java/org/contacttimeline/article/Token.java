package org.contacttimeline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a sentence: letters and digits, joined by hyphens or apostrophes ({@code Chon-il}, {@code Kim's}), or
 * an abbreviation of capitals with full stops ({@code U.S.}).
 *
 * @param start where it begins in the sentence
 * @param end where it ends in the sentence
 */
record Token(int start, int end, String text) {

	private static final Pattern WORD = Pattern
		.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{M}\\p{N}]+)*");

	static List<Token> of(String sentence) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = WORD.matcher(sentence);
		while (matcher.find()) {
			tokens.add(new Token(matcher.start(), matcher.end(), matcher.group()));
		}
		return tokens;
	}

	/** The word without a possessive {@code 's}. */
	String base() {
		return this.text.endsWith("'s") || this.text.endsWith("\u2019s") ? this.text.substring(0, this.text.length() - 2)
				: this.text;
	}

	/** Where the word ends without its possessive. */
	int baseEnd() {
		return this.start + base().length();
	}

	boolean possessive() {
		return base().length() < this.text.length();
	}

	String lower() {
		return base().toLowerCase(Locale.ROOT);
	}

	boolean capitalized() {
		return Character.isUpperCase(this.text.codePointAt(0));
	}

	/** A word in capitals only ({@code TASS}, {@code KCNA}): an acronym, never part of a person's name. */
	boolean acronym() {
		return this.text.length() > 1 && this.text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

}
