package org.contacttimeline.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.param;

/**
 * Text search, the same for every list: each resource keeps a search document, a full-text vector of everything a
 * search looks at (migration V9: words in lower case, accents removed, any script), indexed by GIN. A search finds
 * the resources whose document holds every word asked for, each word as the beginning of a word ({@code kozl}
 * finds Kozlov, {@code müller} finds Muller), so that a search reads the index, not every row.
 */
public final class TextSearch {

	/** The shortest word a search accepts (each word is looked up as the beginning of a word). */
	public static final int MIN_WORD = 2;

	/** A word: letters (of any script), marks and digits. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private TextSearch() {
	}

	/** Whether a text has words, each of at least {@value #MIN_WORD} characters: what a search accepts. */
	public static boolean searchable(String text) {
		List<String> words = words(text);
		return !words.isEmpty() && words.stream().allMatch((word) -> word.codePointCount(0, word.length()) >= MIN_WORD);
	}

	/** The words of a text, in order; empty when it has none. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/**
	 * The full-text query for the words of {@code q}, each a prefix, all required ({@code 'word':* & 'other':*}),
	 * as the named parameter {@code q}. Only letters and digits reach the query, so nothing in {@code q} is read as
	 * query syntax.
	 */
	public static Param<String> query(String q) {
		return param("q", String.join(" & ", words(q).stream().map((word) -> "'" + word + "':*").toList()));
	}

	/** Whether the search document holds every word of the query. */
	public static Condition matches(Field<?> document, Param<String> query) {
		return condition("{0} @@ search_query({1})", document, query);
	}

}
