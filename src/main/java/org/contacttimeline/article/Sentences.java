package org.contacttimeline.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Cuts an article's text into sentences with ICU's sentence BreakIterator for English, which also ends a sentence at
 * a line break (headlines, captions and bylines stand on lines of their own), with ICU's list of English
 * abbreviations after which a full stop ends no sentence. News English has more ("U.S. President", "N. Korea",
 * "Nov. 17"; ICU's filter does not keep "U.S." whole): a piece that ends with one of them goes on, on the same line,
 * with the next. A sentence
 * that repeats an earlier one word for word (a caption printed twice) is read once.
 */
final class Sentences {

	/** Abbreviations news English puts before a capital without ending the sentence. */
	private static final List<String> ABBREVIATIONS = List.of("U.S.", "U.N.", "U.K.", "E.U.", "N.", "S.", "Jan.",
			"Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Gen.", "Lt.",
			"Col.", "Maj.", "Sen.", "Rep.", "Gov.", "Amb.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "Vol.");

	private static final Pattern BYLINE = Pattern.compile("By \\p{Lu}[\\p{L}\\p{M}.'\\- ]{1,60}");

	private Sentences() {
	}

	/** Whether the piece ends with an abbreviation and the line goes on. */
	private static boolean abbreviated(String text, int start, int end) {
		String piece = text.substring(start, end);
		String stripped = piece.stripTrailing();
		if (stripped.length() < piece.length() && piece.substring(stripped.length()).contains("\n")) {
			return false;
		}
		return ABBREVIATIONS.stream().anyMatch((abbreviation) -> stripped.endsWith(" " + abbreviation)
				|| stripped.equals(abbreviation) || stripped.endsWith("-" + abbreviation));
	}

	static List<Sentence> of(String text) {
		BreakIterator breaks = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH)
			.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
		breaks.setText(text);
		List<int[]> spans = new ArrayList<>();
		int byline = -1;
		Set<String> seen = new HashSet<>();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			while (end < text.length() && abbreviated(text, start, end)) {
				int next = breaks.next();
				if (next == BreakIterator.DONE) {
					break;
				}
				end = next;
			}
			int from = start;
			int to = end;
			while (from < to && Character.isWhitespace(text.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
				to--;
			}
			if (to - from < 2 || !seen.add(text.substring(from, to))) {
				continue;
			}
			if (byline < 0 && BYLINE.matcher(text.substring(from, to)).matches()) {
				byline = spans.size();
			}
			spans.add(new int[] { from, to });
		}
		List<Sentence> sentences = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			int[] span = spans.get(i);
			sentences.add(new Sentence(i, span[0], text.substring(span[0], span[1]), i < byline));
		}
		return sentences;
	}

}
