package org.contacttimeline.article;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each reporting rule alone: who first reported what a sentence says, and only a body or medium. */
class ReportingVerbsTests {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			Im Chon-il met with Igor Morgulov, according to Russia's foreign ministry.            | Russia's foreign ministry
			"We will continue," Kislyak told Russian news agency TASS after arriving at the airport. | Russian news agency TASS
			Choe met Lavrov on Monday, the North's official Korean Central News Agency (KCNA) said Tuesday. | the North's official Korean Central News Agency (KCNA)
			The two met in Moscow, citing Xinhua.                                                  | Xinhua
			The talks ended without agreement, Yonhap reported.                                   | Yonhap
			The envoys met in Beijing, said the ministry.                                         | the ministry
			""")
	void namesTheBodyOrMediumThatFirstReportedIt(String text, String reporter) {
		List<ReportingVerbs.Reporter> found = ReportingVerbs.in(new Sentence(0, 0, text, false));

		assertThat(found).extracting(ReportingVerbs.Reporter::name).containsExactly(reporter);
		assertThat(found).allSatisfy((r) -> assertThat(text).contains(r.quote()).contains(r.name()));
	}

	@Test
	void aPersonWhoSpeaksIsNoReporter() {
		Sentence sentence = new Sentence(0, 0, "Oleg Melnichenko, who heads the Russian delegation, said, \"We have a "
				+ "heavy substantial program.\" Diplomatic sources said the talks went well.", false);

		assertThat(ReportingVerbs.in(sentence)).isEmpty();
	}

	@Test
	void readsAPhotoCaptionsCredit() {
		assertThat(ReportingVerbs.credit(new Sentence(0, 0, "/ Yonhap", true)).name()).isEqualTo("Yonhap");
		assertThat(ReportingVerbs.credit(new Sentence(0, 0, "Yonhap reported it.", true))).isNull();
	}

	@Test
	void takesTheAgencyNamedBeforeForTheAgency() {
		ReportingVerbs.Reporter kcna = ReportingVerbs.in(new Sentence(0, 0, "Choe met Lavrov, the Korean Central News "
				+ "Agency said.", false)).get(0);
		ReportingVerbs.Reporter agency = ReportingVerbs.in(new Sentence(0, 0, "Choe is in Russia, the agency said.", false))
			.get(0);

		assertThat(ReportingVerbs.earlier(agency, List.of(kcna)).name()).isEqualTo("the Korean Central News Agency");
		assertThat(ReportingVerbs.earlier(agency, List.of()).name()).isEqualTo("the agency");
	}

}
