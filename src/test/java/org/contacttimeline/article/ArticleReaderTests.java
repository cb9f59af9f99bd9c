package org.contacttimeline.article;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading of whole texts, without a database: the seed's officials as {@link SeedNames} knows them. */
class ArticleReaderTests {

	private final ArticleReader reader = new ArticleReader(new SeedNames());

	@Test
	void readsTheExampleOfTheDocumentation() {
		String text = "North Korean leader Kim Jong-un met with Russian President Vladimir Putin in Vladivostok on "
				+ "Thursday, the Kremlin said.";

		List<Proposal> proposals = this.reader.read(text, LocalDate.of(2019, 4, 26));

		assertThat(proposals).singleElement().satisfies((summit) -> {
			assertThat(summit.type()).isEqualTo("meeting");
			assertThat(summit.date().startDate()).isEqualTo(LocalDate.of(2019, 4, 25));
			assertThat(summit.countries()).extracting(Proposal.Side::code).containsExactly("KP", "RU");
			assertThat(summit.participants()).extracting((p) -> p.official().slug()).containsExactly("kim-jong-un",
					"vladimir-putin");
			assertThat(summit.participants()).extracting(Proposal.Participant::role).containsExactly("leader", "President");
			assertThat(summit.place().city()).isEqualTo("Vladivostok");
			assertThat(summit.status().value()).isEqualTo("held");
			assertThat(summit.reportedBy()).extracting(Proposal.Reporter::name).containsExactly("the Kremlin");
			assertThat(summit.allQuotes()).allSatisfy((quote) -> assertThat(text).contains(quote));
		});
	}

	@Test
	void readsTheSeedArticleIntoElevenContactsEveryQuoteItsOwnWords() {
		String text = ArticleFixtures.text(ArticleFixtures.SEED);

		List<Proposal> proposals = this.reader.read(text, LocalDate.of(2019, 3, 17));

		assertThat(proposals).hasSize(11);
		assertThat(proposals).flatExtracting(Proposal::allQuotes).allSatisfy((quote) -> assertThat(text).contains(quote));
		assertThat(proposals).filteredOn((p) -> p.type().equals("delegation")).extracting(Proposal::title)
			.containsExactly("Russian senators visit to Pyongyang", "Im Chon-il visit to Moscow", "Kim Yong-jae visit to Moscow",
					"Han Man-hyok visit to Moscow");
		Proposal senators = proposals.get(1);
		assertThat(senators.reportedDates()).extracting(Proposal.DateField::startDate)
			.containsExactly(LocalDate.of(2019, 3, 14), LocalDate.of(2019, 3, 16));
		assertThat(senators.date().startDate()).isEqualTo(LocalDate.of(2019, 3, 16));
		assertThat(proposals).filteredOn((p) -> p.title().startsWith("Kim Il-sung")).singleElement()
			.satisfies((visit) -> assertThat(visit.countries()).extracting(Proposal.Side::code).containsExactly("KP", "SU"));
	}

	@Test
	void proposesNothingNoSentenceSupports() {
		assertThat(this.reader.read("China, the North's closest ally, is believed to be remaining prudent. The failure "
				+ "of talks apparently clouds the leader's plans. A series of talks between the two countries followed.",
				LocalDate.of(2019, 3, 17))).isEmpty();
	}

}
