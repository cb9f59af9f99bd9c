package org.contacttimeline.timeline;

import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class TimelineApiTests {

	@Autowired
	Api api;

	@Test
	void putsMeetingsAndDelegationVisitsInOneChronologicalList() {
		Api.Response response = this.api.get("/api/v1/timeline?from=2019-03-01&to=2019-03-31");

		assertThat(response.status()).isEqualTo(200);
		// the North Korean visits to Moscow are dated by their month, so they open March
		assertThat(response.<List<String>>json("$.items[*].slug")).containsExactly(
				"han-man-hyok-visit-to-moscow-2019-03", "im-chon-il-visit-to-moscow-2019-03",
				"kim-yong-jae-visit-to-moscow-2019-03",
				"kim-yong-jae-alexander-kozlov-talks-2019-03-04", "han-man-hyok-moscow-photo-exhibition-2019-03-05",
				"im-chon-il-igor-morgulov-talks-2019-03-14", "russian-senators-business-meetings-pyongyang-2019-03-16",
				"russian-senators-north-korea-2019-03", "russian-senators-visit-north-korea-2019-03-16");
		assertThat(response.<List<String>>json("$.items[*].type")).containsExactly("delegation", "delegation",
				"delegation", "meeting", "meeting", "meeting", "meeting", "delegation", "meeting");
	}

	@Test
	void givesEachEntryAllAFrontendNeedsToDrawIt() {
		Api.Response response = this.api.get("/api/v1/timeline?date=2019-03-18&country=RU");

		// items 0-2: the North Korean visits to Moscow, dated by their month
		response.assertJson("$.items[4]", """
				{"type": "delegation", "title": "Russian Federation Council delegation to North Korea", "countries": ["RU", "KP"],
				 "participants": [{"slug": "oleg-melnichenko"}, {"slug": "sergei-kislyak"}],
				 "reportedDates": [{"startDate": "2019-03-16"}, {"startDate": "2019-03-14"}]}""");
		assertThat(response.<String>json("$.items[5].location.city")).isEqualTo("Pyongyang");
		assertThat(response.<String>json("$.items[5].sources[0].quote")).contains("Russian senators");
		assertThat(response.<String>json("$.items[5].participants[0].role")).isEqualTo("Head of the Russian delegation");
		assertThat(response.<String>json("$.items[0].datePrecision")).isEqualTo("month");
	}

	@Test
	void pagesAcrossMeetingsAndDelegationsWithoutLosingOrRepeatingAnEntry() {
		List<String> all = this.api.get("/api/v1/timeline").json("$.items[*].slug");
		List<String> paged = new java.util.ArrayList<>();
		String url = "/api/v1/timeline?limit=2";
		while (url != null) {
			Api.Response page = this.api.get(url);
			paged.addAll(page.json("$.items[*].slug"));
			String next = page.json("$.next");
			url = next != null ? "/api/v1/timeline?limit=2&cursor=" + next : null;
		}

		assertThat(all).hasSize(12).endsWith("kim-jong-un-vladimir-putin-summit-in-moscow");
		assertThat(paged).isEqualTo(all);
	}

	@Test
	void filtersDelegationsOutWhenTheStatusIsNotHeld() {
		assertThat(this.api.get("/api/v1/timeline?status=planned").<List<String>>json("$.items[*].type"))
			.containsExactly("meeting");
	}

	@Test
	void countryPairRemovesTheHanoiSummit() {
		List<String> slugs = this.api.get("/api/v1/timeline?country=KP&country=RU").json("$.items[*].slug");

		assertThat(slugs).doesNotContain("us-north-korea-summit-hanoi-2019-02-27")
			.contains("russian-senators-north-korea-2019-03");
	}

}
