package org.contacttimeline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.contacttimeline.web.InvalidRequestException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates of a write: completed where the precision says what is meant, refused where they contradict it.
 */
class DateSpanTests {

	@Test
	void aDayPreciseContactGivenOnlyAStartLastsThatDay() {
		DateSpan span = DateSpan.resolve(LocalDate.of(2019, 3, 14), null, null, new ArrayList<>());

		assertThat(span).isEqualTo(new DateSpan(LocalDate.of(2019, 3, 14), LocalDate.of(2019, 3, 14), DatePrecision.DAY));
	}

	@Test
	void aMonthOrYearGivenByItsFirstDaySpansItWhole() {
		assertThat(DateSpan.resolve(LocalDate.of(2019, 2, 1), null, "month", new ArrayList<>()).end())
			.isEqualTo(LocalDate.of(2019, 2, 28));
		assertThat(DateSpan.resolve(LocalDate.of(1949, 1, 1), null, "year", new ArrayList<>()).end())
			.isEqualTo(LocalDate.of(1949, 12, 31));
	}

	@Test
	void noDatesAtAllIsAnUnknownDate() {
		assertThat(DateSpan.resolve(null, null, null, new ArrayList<>()).precision()).isEqualTo(DatePrecision.UNKNOWN);
	}

	@Test
	void refusesDatesThatContradictTheirPrecisionSayingWhy() {
		List<FieldError> errors = new ArrayList<>();

		assertThat(DateSpan.resolve(LocalDate.of(2019, 3, 5), null, "month", errors)).isNull();
		assertThat(DateSpan.resolve(LocalDate.of(2019, 3, 5), LocalDate.of(2019, 3, 4), null, errors)).isNull();
		assertThat(DateSpan.resolve(LocalDate.of(2019, 3, 5), null, "unknown", errors)).isNull();
		assertThat(DateSpan.resolve(null, null, "day", errors)).isNull();

		assertThat(errors).extracting(FieldError::field).containsExactly("datePrecision", "endDate", "datePrecision",
				"startDate");
		assertThat(errors.get(0).message()).contains("start on the 1st and end on a month's last day");
	}

}
