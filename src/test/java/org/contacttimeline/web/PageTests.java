package org.contacttimeline.web;

import org.contacttimeline.web.Page.Cursor;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The keyset step (one row more than a page, cut, a cursor after the last) and the cursors it makes.
 */
class PageTests {

	@Test
	void cutsAPageAndPointsAfterItsLastRowWhenMoreWereRead() {
		Page<String> cut = Page.cut(List.of("a", "b", "c"), 2, (row) -> new Cursor(null, row, "official"));

		assertThat(Page.fetchSize(2)).isEqualTo(3);
		assertThat(cut.items()).containsExactly("a", "b");
		assertThat(Cursor.decode(cut.next())).isEqualTo(new Cursor(null, "b", "official"));
	}

	@Test
	void endsTheListWhenNoMoreWereRead() {
		Page<String> cut = Page.cut(List.of("a", "b"), 2, (row) -> new Cursor(null, row, "official"));

		assertThat(cut.items()).containsExactly("a", "b");
		assertThat(cut.next()).isNull();
		assertThat(cut.with(List.of(1, 2)).next()).isNull();
	}

	@Test
	void readsBackTheCursorsItIssuesDatedOrNot() {
		Cursor dated = new Cursor(LocalDate.of(2019, 3, 14), "im-chon-il-igor-morgulov-talks-2019-03-14", "meeting");
		Cursor undated = new Cursor(null, "kim-putin-summit", "meeting");

		assertThat(Cursor.decode(dated.encode())).isEqualTo(dated);
		assertThat(Cursor.decode(undated.encode())).isEqualTo(undated);
	}

	@Test
	void refusesACursorItDidNotIssue() {
		assertThatThrownBy(() -> Cursor.decode("bm9uc2Vuc2U")).isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("is not a cursor this service issued");
		assertThatThrownBy(() -> Cursor.decode("MXwyMDE5LTAyLTMwfGF8bWVldGluZw")) // 1|2019-02-30|a|meeting
			.isInstanceOf(InvalidRequestException.class);
	}

}
