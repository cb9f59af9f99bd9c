package org.contacttimeline.article;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each date expression alone, resolved against a publication date (Sunday 17 March 2019, or as given). */
class DateExpressionsTests {

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource(delimiter = '|', textBlock = """
			On March 14, Im met Morgulov.                     | 2019-03-17 | On March 14 | 2019-03-14 | 2019-03-14 | day
			Im met Morgulov in Moscow, March 14.              | 2019-03-17 | March 14    | 2019-03-14 | 2019-03-14 | day
			the visit from March 16 to 21 will be             | 2019-03-17 | from March 16 to 21 | 2019-03-16 | 2019-03-21 | day
			they met from March 30 to April 2                 | 2019-04-05 | from March 30 to April 2 | 2019-03-30 | 2019-04-02 | day
			Choe is visiting Russia from Nov. 17 to 22        | 2019-11-20 | from Nov. 17 to 22 | 2019-11-17 | 2019-11-22 | day
			they met on Dec. 30                               | 2020-01-03 | on Dec. 30  | 2019-12-30 | 2019-12-30 | day
			they met on March 14, 2018                        | 2019-03-17 | on March 14, 2018 | 2018-03-14 | 2018-03-14 | day
			Choe met Lavrov on Monday                          | 2019-11-20 | on Monday   | 2019-11-18 | 2019-11-18 | day
			Choe met Lavrov on Wednesday                       | 2019-11-20 | on Wednesday | 2019-11-20 | 2019-11-20 | day
			Choe met Lavrov yesterday                          | 2019-11-20 | yesterday   | 2019-11-19 | 2019-11-19 | day
			three officials visited Moscow earlier this month  | 2019-03-17 | earlier this month | 2019-03-01 | 2019-03-31 | month
			Rim met Morgulov last month                        | 2019-11-20 | last month  | 2019-10-01 | 2019-10-31 | month
			the envoys met in March                            | 2019-11-20 | in March    | 2019-03-01 | 2019-03-31 | month
			the envoys met in January 2017                     | 2019-11-20 | in January 2017 | 2017-01-01 | 2017-01-31 | month
			Lavrov is expected to visit Pyongyang early next year | 2019-11-20 | early next year | 2020-01-01 | 2020-12-31 | year
			the two met last year                              | 2019-11-20 | last year   | 2018-01-01 | 2018-12-31 | year
			the two met in 2016                                | 2019-11-20 | in 2016     | 2016-01-01 | 2016-12-31 | year
			""")
	void readsADateAsPreciselyAsItsWordsAndSaysHow(String text, LocalDate published, String quote, LocalDate start,
			LocalDate end, String precision) {
		List<TextDate> dates = new DateExpressions(published).in(text, false);

		assertThat(dates).hasSize(1);
		TextDate date = dates.get(0);
		assertThat(date.quote()).isEqualTo(quote);
		assertThat(date.start()).isEqualTo(start);
		assertThat(date.end()).isEqualTo(end);
		assertThat(date.precision()).isEqualTo(precision);
		assertThat(date.rule()).isNotBlank();
	}

	@Test
	void readsAnEndAloneFromUntil() {
		TextDate until = new DateExpressions(LocalDate.of(2019, 3, 17)).in("Russian senators visiting Pyongyang until "
				+ "March 21", false).get(0);

		assertThat(until.start()).isNull();
		assertThat(until.end()).isEqualTo(LocalDate.of(2019, 3, 21));
	}

	@Test
	void readsAWeekdayInASentenceAboutTheFutureAsTheNextOne() {
		TextDate monday = new DateExpressions(LocalDate.of(2019, 11, 20)).in("Lavrov will arrive on Monday", true).get(0);

		assertThat(monday.start()).isEqualTo(LocalDate.of(2019, 11, 25));
		assertThat(monday.rule()).contains("after the publication date");
	}

	@Test
	void datesAVisitByTheAnniversaryMarkedOnADay() {
		TextDate marked = new TextDate(LocalDate.of(2019, 3, 5), LocalDate.of(2019, 3, 5), "day", "a day", 0, "On March 5");

		TextDate visit = DateExpressions.anniversary(70, marked, LocalDate.of(2019, 3, 17), 0, "the 70th anniversary of");

		assertThat(visit.start()).isEqualTo(LocalDate.of(1949, 1, 1));
		assertThat(visit.end()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(visit.precision()).isEqualTo("year");
		assertThat(visit.rule()).isEqualTo("the 70th anniversary marked on 2019-03-05: 2019 - 70");
	}

	@Test
	void readsNoDateWhereThereIsNone() {
		assertThat(new DateExpressions(LocalDate.of(2019, 3, 17)).in("China may remain prudent over the summit "
				+ "collapse, analysts said.", false)).isEmpty();
		assertThat(new DateExpressions(LocalDate.of(2019, 3, 17)).in("It is not February 30 yet.", false)).isEmpty();
	}

}
