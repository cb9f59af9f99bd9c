package org.contacttimeline.country;

import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class CountryApiTests {

	@Autowired
	Api api;

	@Test
	void listsEveryIsoCountryWithBothCodes() {
		Api.Response response = this.api.get("/api/v1/countries");

		assertThat(response.<List<String>>json("$.items[*].code")).hasSizeGreaterThanOrEqualTo(249)
			.contains("KP", "RU", "US", "VN", "CN");
		assertThat(response.<List<String>>json("$.items[?(@.code == 'KP')].alpha3")).containsExactly("PRK");
		assertThat(response.<List<String>>json("$.items[?(@.code == 'RU')].name")).containsExactly("Russia");
	}

}
