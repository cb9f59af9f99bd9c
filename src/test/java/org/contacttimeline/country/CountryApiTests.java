package org.contacttimeline.country;

import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class CountryApiTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void resolvesTypedCodesToExactlyTheCountriesTheDatabaseKnows() {
		List<Map<String, Object>> countries = this.jdbc.sql("select code, alpha3 from country").query().listOfRows();

		assertThat(countries).hasSize(250).allSatisfy((row) -> {
			String code = (String) row.get("code");
			assertThat(CountryCodes.resolve(code)).isEqualTo(code);
			assertThat(CountryCodes.resolve(((String) row.get("alpha3")).toLowerCase(java.util.Locale.ROOT))).isEqualTo(code);
		});
		assertThat(CountryCodes.resolve("XK")).as("not in ISO 3166-1, nor in the table").isNull();
		assertThat(CountryCodes.resolve("SUN")).isEqualTo("SU");
	}

	@Test
	void listsEveryIsoCountryWithBothCodes() {
		Api.Response response = this.api.get("/api/v1/countries");

		assertThat(response.<List<String>>json("$.items[*].code")).hasSizeGreaterThanOrEqualTo(249)
			.contains("KP", "RU", "US", "VN", "CN");
		assertThat(response.<List<String>>json("$.items[?(@.code == 'KP')].alpha3")).containsExactly("PRK");
		assertThat(response.<List<String>>json("$.items[?(@.code == 'RU')].name")).containsExactly("Russia");
	}

}
