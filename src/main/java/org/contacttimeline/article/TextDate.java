package org.contacttimeline.article;

import java.time.LocalDate;

/**
 * A date or range a text gives, resolved against the article's publication date, as precise as the words are.
 *
 * @param start the first day; {@code null} when the words give only an end ("until March 21")
 * @param end the last day (inclusive); {@code null} when the words give only a start ("arriving ... March 16")
 * @param precision {@code day}, {@code month} or {@code year}
 * @param rule how the words were read, said so that an editor can check it
 * @param at where the words begin in their sentence
 * @param quote the words, as written
 */
record TextDate(LocalDate start, LocalDate end, String precision, String rule, int at, String quote) {

	boolean whole() {
		return this.start != null && this.end != null;
	}

	/** The same date read as the first day of something (an arrival). */
	TextDate asStart(String rule) {
		return new TextDate(this.start, null, this.precision, rule, this.at, this.quote);
	}

	/** Whether this span contains the other's (both whole). */
	boolean contains(TextDate other) {
		return whole() && other.whole() && !other.start.isBefore(this.start) && !other.end.isAfter(this.end);
	}

	boolean overlaps(TextDate other) {
		LocalDate s1 = this.start != null ? this.start : this.end;
		LocalDate e1 = this.end != null ? this.end : this.start;
		LocalDate s2 = other.start != null ? other.start : other.end;
		LocalDate e2 = other.end != null ? other.end : other.start;
		return !s1.isAfter(e2) && !s2.isAfter(e1);
	}

}
