package org.contacttimeline.article;

/**
 * A sentence of an article: where it stands in the text, and its words as written.
 *
 * @param index its place among the article's sentences
 * @param start where it begins in the article's text
 * @param text the words as written, a verbatim substring of the article
 * @param lead whether it comes before the byline (a headline, a photo caption): the body is preferred where the two
 * disagree
 */
record Sentence(int index, int start, String text, boolean lead) {

	/**
	 * The text with typographic quotes and apostrophes as plain ones, character for character, so that rules match
	 * either and every offset in it is an offset in {@link #text}.
	 */
	String plain() {
		StringBuilder plain = new StringBuilder(this.text.length());
		for (char c : this.text.toCharArray()) {
			plain.append(switch (c) {
				case '\u2018', '\u2019', '\u02bc' -> '\'';
				case '\u201c', '\u201d', '\u201e' -> '"';
				case '\u2013', '\u2014' -> '-';
				default -> c;
			});
		}
		return plain.toString();
	}

	/** The words from {@code from} to {@code to} (offsets in this sentence), as written: a verbatim quote. */
	String quote(int from, int to) {
		return this.text.substring(from, to).strip();
	}

}
