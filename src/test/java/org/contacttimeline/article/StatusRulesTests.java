package org.contacttimeline.article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each status rule alone: the words before the words that report a contact, in its clause. */
class StatusRulesTests {

	@ParameterizedTest(name = "{0} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Some diplomatic sources speculate "political contacts" could include Kim Jong-un's possible trip to Moscow | trip | speculated
			Lavrov is expected to visit Pyongyang early next year                    | visit    | speculated
			The two leaders may meet in Vladivostok                                  | meet     | speculated
			Kim reportedly met Putin                                                 | met      | speculated
			Lavrov will visit Pyongyang next month                                   | visit    | planned
			Choe is scheduled to meet Lavrov on Monday                               | meet     | planned
			in his reference to a number of scheduled business meetings              | meetings | planned
			Kim plans to travel to Moscow                                            | travel   | planned
			The two sides agreed to hold talks in Beijing                            | talks    | planned
			The summit was called off                                                 | summit   | cancelled
			The planned talks were cancelled                                          | talks    | cancelled
			On March 14, Im Chon-il met with Igor Morgulov                            | met      | held
			A group of Russian senators is visiting North Korea                       | visiting | held
			following the collapse of talks between Trump and Kim                     | talks    | held
			said the visit from March 16 to 21 will be "an absolutely natural, normal practice" | visit | held
			""")
	void readsTheStatusFromTheWordsOfItsClause(String text, String trigger, String status) {
		Sentence sentence = new Sentence(0, 0, text.strip(), false);
		int at = text.strip().indexOf(trigger);
		int clause = Clauses.start(sentence.plain(), at);

		StatusRules.Status read = StatusRules.of(sentence, clause, at, at + trigger.length());

		assertThat(read.value()).isEqualTo(status);
		assertThat(text).contains(read.quote());
	}

	@ParameterizedTest(name = "{0} and {1}: {2}")
	@CsvSource(textBlock = """
			held,       speculated, held
			planned,    speculated, planned
			speculated, planned,    planned
			cancelled,  held,       cancelled
			""")
	void keepsTheStatusTheTextIsSurestOfWhenSentencesDiffer(String a, String b, String surest) {
		StatusRules.Status first = new StatusRules.Status(a, "", 0, "");
		StatusRules.Status second = new StatusRules.Status(b, "", 0, "");

		assertThat(StatusRules.surest(first, second).value()).isEqualTo(surest);
	}

}
