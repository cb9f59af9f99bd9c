package org.contacttimeline.article;

/**
 * Where a sentence's clauses begin (after a comma, semicolon, colon or dash outside quoted speech) and which of its
 * characters are quoted speech: a rule that reads a clause reads the words from its start to the words it is about.
 */
final class Clauses {

	private Clauses() {
	}

	/** Whether each character of the text stands between double quotes. */
	static boolean[] quoted(String plain) {
		boolean[] quoted = new boolean[plain.length() + 1];
		boolean inside = false;
		for (int i = 0; i < plain.length(); i++) {
			if (plain.charAt(i) == '"') {
				inside = !inside;
				quoted[i] = true;
				continue;
			}
			quoted[i] = inside;
		}
		return quoted;
	}

	/** Where the clause that holds {@code at} begins. */
	static int start(String plain, int at) {
		boolean[] quoted = quoted(plain);
		for (int i = Math.min(at, plain.length()) - 1; i >= 0; i--) {
			char c = plain.charAt(i);
			if (!quoted[i] && (c == ',' || c == ';' || c == ':' || c == '(' || c == ')')) {
				return i + 1 + (i + 1 < plain.length() && plain.charAt(i + 1) == ' ' ? 1 : 0);
			}
		}
		return 0;
	}

	/** Where the clause that holds {@code at} ends. */
	static int end(String plain, int at) {
		boolean[] quoted = quoted(plain);
		for (int i = at; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (!quoted[i] && (c == ',' || c == ';' || c == ':' || c == '(' || c == ')')) {
				return i;
			}
		}
		int end = plain.length();
		while (end > at && (plain.charAt(end - 1) == '.' || plain.charAt(end - 1) == '"')) {
			end--;
		}
		return end;
	}

}
