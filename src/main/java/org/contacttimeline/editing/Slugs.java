package org.contacttimeline.editing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs: lower-case ASCII words joined by hyphens, made from an English name ({@code Im Chon-il} to
 * {@code im-chon-il}).
 */
public final class Slugs {

	public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	public static final int MAX_LENGTH = 160;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/** The slug of a text, or {@code fallback} when the text has no ASCII letters or digits. */
	public static String of(String text, String fallback) {
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
			.replace("'", "")
			.replace("’", "")
			.toLowerCase(Locale.ROOT);
		String slug = NOT_WORD.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH - 20) {
			slug = slug.substring(0, MAX_LENGTH - 20).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? fallback : slug;
	}

	/** The slug of a text followed by a day (a contact's: its title or name, then its first day), if it has one. */
	public static String of(String text, String fallback, LocalDate day) {
		String base = of(text, fallback);
		return (day != null) ? base + "-" + day : base;
	}

}
