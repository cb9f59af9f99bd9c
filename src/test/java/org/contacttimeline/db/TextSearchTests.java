package org.contacttimeline.db;

import org.contacttimeline.db.TextSearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a search asks of the search documents: every word given, each as the beginning of a word, and nothing else
 * of the text (no query syntax gets through).
 */
class TextSearchTests {

	@Test
	void asksForEveryWordAsAPrefixInAnyScript() {
		assertThat(TextSearch.query("political contacts").getValue()).isEqualTo("'political':* & 'contacts':*");
		assertThat(TextSearch.query("김영재").getValue()).isEqualTo("'김영재':*");
		assertThat(TextSearch.query("Моргулов, Im Chon-il").getValue())
			.isEqualTo("'Моргулов':* & 'Im':* & 'Chon':* & 'il':*");
	}

	@Test
	void letsNoQuerySyntaxThrough() {
		assertThat(TextSearch.query("a' | !b & (c:*)").getValue()).isEqualTo("'a':* & 'b':* & 'c':*");
		assertThat(TextSearch.words("100% ;--")).containsExactly("100");
		assertThat(TextSearch.words("!!! ---")).isEmpty();
	}

}
