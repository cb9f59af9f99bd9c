package org.contacttimeline.article;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words that name a country: names (ICU's and news English's), peoples, cities as they were on a day. */
class GazetteerTests {

	@Test
	void namesCountriesByNamePeopleAndCity() {
		Gazetteer gazetteer = new Gazetteer("North Korea and Russia");

		assertThat(gazetteer.places("The U.S.-North Korea summit in Hanoi, Vietnam; Russian senators; the North's "
				+ "ally; Argentina.", null)).extracting(Gazetteer.Place::code)
			.containsExactly("US", "KP", "VN", "VN", "RU", "KP", "AR");
	}

	@Test
	void putsACityInTheCountryItBelongedToOnTheDay() {
		assertThat(Gazetteer.cityCountry("Moscow", LocalDate.of(1949, 3, 5))).isEqualTo("SU");
		assertThat(Gazetteer.cityCountry("Moscow", LocalDate.of(2019, 3, 5))).isEqualTo("RU");
		assertThat(Gazetteer.cityCountry("Pyongyang", LocalDate.of(1949, 3, 5))).isEqualTo("KP");
	}

	@Test
	void readsTheNorthAsNorthKoreaOnlyInAnArticleOnNorthKorea() {
		assertThat(new Gazetteer("The North won the cup.").places("The North won the cup.", null)).isEmpty();
	}

}
