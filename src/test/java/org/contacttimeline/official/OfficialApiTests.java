package org.contacttimeline.official;

import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class OfficialApiTests {

	@Autowired
	Api api;

	@Test
	void listsOfficialsOfACountryBySlug() {
		Api.Response response = this.api.get("/api/v1/officials?country=PRK");

		assertThat(response.<List<String>>json("$.items[*].slug")).containsExactly("han-man-hyok", "im-chon-il",
				"kim-il-sung", "kim-jong-un", "kim-yong-jae");
		assertThat(response.<java.util.Map<String, Object>>json("$.items[0]")).containsKey("positions")
			.doesNotContainKey("meetings");
	}

	@Test
	void findsOfficialsByNameInEitherScriptOrByTitle() {
		assertThat(this.api.slugs("/api/v1/officials?q=kislyak")).containsExactly("sergei-kislyak");
		assertThat(this.api.slugs("/api/v1/officials?q=%EA%B9%80%EC%A0%95%EC%9D%80")).containsExactly("kim-jong-un");
		assertThat(this.api.slugs("/api/v1/officials?q=foreign%20minister")).containsExactly("igor-morgulov", "im-chon-il");
	}

	@Test
	void pagesOfficialsByCursor() {
		Api.Response first = this.api.get("/api/v1/officials?limit=10");
		Api.Response second = this.api.get("/api/v1/officials?limit=10&cursor=" + first.json("$.next"));

		assertThat(first.<List<String>>json("$.items")).hasSize(10);
		assertThat(second.<List<String>>json("$.items[*].slug")).containsExactly("vladimir-putin");
		assertThat(second.<Object>json("$.next")).isNull();
	}

	@Test
	void showsAnOfficialWithPositionsAndMeetings() {
		Api.Response response = this.api.get("/api/v1/officials/kim-jong-un");

		assertThat(response.<String>json("$.originalName")).isEqualTo("김정은");
		assertThat(response.<String>json("$.positions[0].organization.slug")).isEqualTo("kp-state-affairs-commission");
		assertThat(response.<String>json("$.positions[0].sources[0].quote")).contains("North Korean leader Kim Jong-un");
		assertThat(response.<List<String>>json("$.meetings[*].slug")).containsExactly(
				"us-north-korea-summit-hanoi-2019-02-27", "kim-jong-un-vladimir-putin-summit-in-moscow");
		assertThat(response.<List<String>>json("$.meetings[*].role")).containsOnly("North Korean leader");
	}

}
