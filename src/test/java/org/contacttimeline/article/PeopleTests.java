package org.contacttimeline.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** People a sentence names: their names, roles and countries as the text gives them, linked where known. */
class PeopleTests {

	private static List<People.Mention> read(String... sentences) {
		List<Sentence> all = Sentences.of(String.join("\n", sentences));
		People people = new People(new SeedNames(), new Gazetteer(String.join("\n", sentences)));
		people.learn(all);
		return people.in(all.get(all.size() - 1));
	}

	@Test
	void readsTheTitleBeforeANameWithoutItsCountry() {
		List<People.Mention> people = read("On March 14, North Korean Vice Foreign Minister Im Chon-il met with Russian "
				+ "Minister for the Development of the Far East Alexander Kozlov.");

		assertThat(people).extracting(People.Mention::full).containsExactly("Im Chon-il", "Alexander Kozlov");
		assertThat(people).extracting(People.Mention::role).containsExactly("Vice Foreign Minister",
				"Minister for the Development of the Far East");
		assertThat(people).extracting(People.Mention::country).containsExactly("KP", "RU");
		assertThat(people).extracting((p) -> p.official().slug()).containsExactly("im-chon-il", "alexander-kozlov");
		assertThat(people.get(0).quote()).isEqualTo("North Korean Vice Foreign Minister Im Chon-il");
	}

	@Test
	void readsARoleBetweenCommasAfterTheNameAndWhetherTheyHeadADelegation() {
		List<People.Mention> people = read("Oleg Melnichenko, who heads the Russian delegation, said so.");

		assertThat(people).singleElement().satisfies((melnichenko) -> {
			assertThat(melnichenko.role()).isEqualTo("heads the Russian delegation");
			assertThat(melnichenko.head()).isTrue();
		});
	}

	@Test
	void findsTheFullNameASurnameAloneRepeatsWithTheCountryAndRoleGivenBefore() {
		List<People.Mention> people = read("North Korean First Vice Foreign Minister Choe Son-hui met Russian Foreign "
				+ "Minister Sergey Lavrov.", "Choe said Lavrov agreed.");

		assertThat(people).extracting(People.Mention::written).containsExactly("Choe", "Lavrov");
		assertThat(people).extracting(People.Mention::full).containsExactly("Choe Son-hui", "Sergey Lavrov");
		assertThat(people).extracting(People.Mention::country).containsExactly("KP", "RU");
		assertThat(people).extracting(People.Mention::role).containsExactly("First Vice Foreign Minister", "Foreign Minister");
		assertThat(people).allSatisfy((p) -> assertThat(p.official()).isNull());
	}

	@Test
	void takesNoPlaceTitleOrBodyForAName() {
		assertThat(read("The North's Minister for External Economic Affairs met officials of the Central Committee of the "
				+ "Workers' Party at Pyongyang Sunan International Airport.")).isEmpty();
	}

}
