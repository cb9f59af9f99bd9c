package org.contacttimeline.official;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The spelling rules one by one: Korean romanizations, Russian transliterations and endings, Cyrillic in Latin. */
class NameVariantsTests {

	@ParameterizedTest(name = "{0} ~ {1}")
	@CsvSource(textBlock = """
			Rim Chon Il,     Im Chon-il
			Lim Chon-il,     Im Chon-il
			Im Chonil,       Im Chon-il
			Ri Yong Ho,      Lee Yong-ho
			Rhee Yong-ho,    Yi Yong-ho
			Choi Son Hui,    Choe Son-hui
			Kim Jung Un,     Kim Jong-un
			Kim Jong Eun,    Kim Jong-un
			Sergey Kislyak,  Sergei Kislyak
			Igor Morgulow,   Igor Morgulov
			Aleksandr Kozlov, Alexander Kozlov
			Dmitri Peskow,   Dmitry Peskov
			Моргулов,        Morgulov
			""")
	void takesTheCommonSpellingsOfANameForTheSameName(String written, String known) {
		assertThat(NameVariants.same(written, known)).isTrue();
		assertThat(NameVariants.rule(written, known)).isNotEqualTo("another spelling");
	}

	@ParameterizedTest(name = "{0} !~ {1}")
	@CsvSource(textBlock = """
			Kim Jong-un,   Kim Yong-jae
			Kim,           Kim Jong-un
			Sergei Lavrov, Sergei Kislyak
			Im Chon-il,    Han Man-hyok
			""")
	void takesNoOtherNameForIt(String written, String known) {
		assertThat(NameVariants.same(written, known)).isFalse();
	}

	@Test
	void saysWhichRuleJoinsTwoSpellings() {
		assertThat(NameVariants.rule("Rim Chon Il", "Im Chon-il")).isEqualTo("Rim for Im: a romanization of the same Korean name");
		assertThat(NameVariants.rule("Sergey Kislyak", "Sergei Kislyak"))
			.isEqualTo("Sergey for Sergei: a transliteration of the same Russian name");
		assertThat(NameVariants.rule("Igor Morgulow", "Igor Morgulov"))
			.isEqualTo("Morgulow for Morgulov: a transliteration of the same Russian ending");
		assertThat(NameVariants.rule("Im Chon-il", "Im Chon-il")).isNull();
	}

	@Test
	void asksTheSearchIndexForEverySpellingOfEachWordOnlyInLettersAndDigits() {
		assertThat(NameVariants.query("Rim Chon-il").getValue())
			.isEqualTo("('rim':* | 'im':* | 'lim':* | 'yim':*) & ('chon':* | 'jon':* | 'jeon':* | 'cheon':*) & ('il':*)");
		assertThat(NameVariants.query("Морг'улов & !x").getValue()).doesNotContain("!").doesNotContain("&  ");
	}

}
