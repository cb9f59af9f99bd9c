package org.contacttimeline.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class MeetingApiTests {

	@Autowired
	Api api;

	@Test
	void listsAllContactsByStartDateThenSlugWithUndatedLast() {
		Api.Response response = this.api.get("/api/v1/meetings");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.<List<String>>json("$.items[*].slug")).containsExactly(
				"kim-il-sung-state-visit-to-moscow-1949", "us-north-korea-summit-hanoi-2019-02-27",
				"kim-yong-jae-alexander-kozlov-talks-2019-03-04", "han-man-hyok-moscow-photo-exhibition-2019-03-05",
				"im-chon-il-igor-morgulov-talks-2019-03-14", "russian-senators-business-meetings-pyongyang-2019-03-16",
				"russian-senators-visit-north-korea-2019-03-16", "kim-jong-un-vladimir-putin-summit-in-moscow");
		assertThat(response.<Object>json("$.next")).isNull();
		assertThat(response.header("Link")).isNull();
	}

	@Test
	void returnsMeetingsInProgressOnTheGivenDay() {
		Api.Response response = this.api.get("/api/v1/meetings?date=2019-03-05");

		assertThat(response.<List<String>>json("$.items[*].slug")).containsExactly(
				"kim-yong-jae-alexander-kozlov-talks-2019-03-04", "han-man-hyok-moscow-photo-exhibition-2019-03-05");
	}

	@Test
	void returnsMeetingsOverlappingAnInclusiveRange() {
		Api.Response response = this.api.get("/api/v1/meetings?from=2019-03-06&to=2019-03-16");

		assertThat(response.<List<String>>json("$.items[*].slug")).containsExactly(
				"kim-yong-jae-alexander-kozlov-talks-2019-03-04", "im-chon-il-igor-morgulov-talks-2019-03-14",
				"russian-senators-business-meetings-pyongyang-2019-03-16",
				"russian-senators-visit-north-korea-2019-03-16");
	}

	@Test
	void openEndedRangesLeaveUndatedMeetingsOut() {
		assertThat(this.api.get("/api/v1/meetings?from=2019-03-15").<List<String>>json("$.items[*].slug"))
			.containsExactly("russian-senators-business-meetings-pyongyang-2019-03-16",
					"russian-senators-visit-north-korea-2019-03-16");
		assertThat(this.api.get("/api/v1/meetings?to=2019-01-01").<List<String>>json("$.items[*].slug"))
			.containsExactly("kim-il-sung-state-visit-to-moscow-1949");
	}

	@Test
	void countryPairKeepsOnlyContactsBetweenBothCountriesInAnyCodeAndCase() {
		Api.Response alpha2 = this.api.get("/api/v1/meetings?country=KP&country=RU");
		Api.Response mixed = this.api.get("/api/v1/meetings?country=prk&country=Rus");

		assertThat(alpha2.<List<String>>json("$.items[*].slug")).containsExactly(
				"kim-yong-jae-alexander-kozlov-talks-2019-03-04", "han-man-hyok-moscow-photo-exhibition-2019-03-05",
				"im-chon-il-igor-morgulov-talks-2019-03-14", "russian-senators-business-meetings-pyongyang-2019-03-16",
				"russian-senators-visit-north-korea-2019-03-16", "kim-jong-un-vladimir-putin-summit-in-moscow");
		assertThat(mixed.body()).isEqualTo(alpha2.body());
	}

	@Test
	void oneCountryKeepsEveryContactItTakesPartIn() {
		assertThat(this.api.get("/api/v1/meetings?country=US").<List<String>>json("$.items[*].slug"))
			.containsExactly("us-north-korea-summit-hanoi-2019-02-27");
		assertThat(this.api.get("/api/v1/meetings?country=CN").<List<String>>json("$.items")).isEmpty();
	}

	@Test
	void filtersByHostOfficialDelegationStatusAndText() {
		assertThat(this.api.get("/api/v1/meetings?host=KP").<List<String>>json("$.items[*].slug")).containsExactly(
				"russian-senators-business-meetings-pyongyang-2019-03-16",
				"russian-senators-visit-north-korea-2019-03-16");
		assertThat(this.api.get("/api/v1/meetings?official=kim-jong-un").<List<String>>json("$.items[*].slug"))
			.containsExactly("us-north-korea-summit-hanoi-2019-02-27", "kim-jong-un-vladimir-putin-summit-in-moscow");
		assertThat(this.api.get("/api/v1/meetings?delegation=russian-senators-north-korea-2019-03")
			.<List<String>>json("$.items[*].slug")).containsExactly(
					"russian-senators-business-meetings-pyongyang-2019-03-16",
					"russian-senators-visit-north-korea-2019-03-16");
		assertThat(this.api.get("/api/v1/meetings?status=speculated").<List<String>>json("$.items[*].slug"))
			.containsExactly("kim-jong-un-vladimir-putin-summit-in-moscow");
		assertThat(this.api.get("/api/v1/meetings?status=PLANNED").<List<String>>json("$.items[*].slug"))
			.containsExactly("russian-senators-business-meetings-pyongyang-2019-03-16");
		assertThat(this.api.get("/api/v1/meetings?q=political%20contacts").<List<String>>json("$.items[*].slug"))
			.containsExactly("im-chon-il-igor-morgulov-talks-2019-03-14", "kim-jong-un-vladimir-putin-summit-in-moscow");
		assertThat(this.api.get("/api/v1/meetings?q=%D0%9C%D0%BE%D1%80%D0%B3%D1%83%D0%BB%D0%BE%D0%B2")
			.<List<String>>json("$.items[*].slug")).containsExactly("im-chon-il-igor-morgulov-talks-2019-03-14");
		assertThat(this.api.get("/api/v1/meetings?q=100%25").<List<String>>json("$.items")).isEmpty();
	}

	@Test
	void combinesFilters() {
		Api.Response response = this.api
			.get("/api/v1/meetings?country=KP&country=RU&host=RU&from=2019-03-01&to=2019-03-31&status=held");

		assertThat(response.<List<String>>json("$.items[*].slug")).containsExactly(
				"kim-yong-jae-alexander-kozlov-talks-2019-03-04", "han-man-hyok-moscow-photo-exhibition-2019-03-05",
				"im-chon-il-igor-morgulov-talks-2019-03-14");
	}

	@Test
	void countryAndPeriodKeepMeetingsStillUnderWayAndLeaveOthersOut() {
		assertThat(this.api.get("/api/v1/meetings?from=2019-03-06&to=2019-03-16&country=RU&country=KP")
			.<List<String>>json("$.items[*].slug")).containsExactly("kim-yong-jae-alexander-kozlov-talks-2019-03-04",
					"im-chon-il-igor-morgulov-talks-2019-03-14", "russian-senators-business-meetings-pyongyang-2019-03-16",
					"russian-senators-visit-north-korea-2019-03-16");
		assertThat(this.api.get("/api/v1/meetings?date=2019-02-28&country=US").<List<String>>json("$.items[*].slug"))
			.containsExactly("us-north-korea-summit-hanoi-2019-02-27");
		assertThat(this.api.get("/api/v1/meetings?date=2019-02-28&country=RU").<List<String>>json("$.items")).isEmpty();
		assertThat(this.api.get("/api/v1/meetings?to=2019-03-04&country=RU").<List<String>>json("$.items[*].slug"))
			.containsExactly("kim-yong-jae-alexander-kozlov-talks-2019-03-04");
		assertThat(this.api.get("/api/v1/meetings?to=2019-03-04&country=SU").<List<String>>json("$.items[*].slug"))
			.containsExactly("kim-il-sung-state-visit-to-moscow-1949");
	}

	@ParameterizedTest
	@ValueSource(strings = { "meetings?country=KP&from=2019-03-01&to=2019-03-31",
			"meetings?country=RU&country=KP&from=2019-02-01&to=2019-03-20", "meetings?country=RU&to=2019-03-31",
			"meetings?country=KP&date=2019-03-05", "meetings?country=KP&from=2019-03-05&date=2019-03-05",
			"timeline?country=RU&from=2019-03-01&to=2019-03-31", "timeline?country=KP&country=RU&from=2019-03-05",
			"timeline?country=KP&to=2019-03-16", "meetings?date=2019-03-18", "meetings?from=2019-03-18&to=2019-03-31",
			"meetings?country=KP&from=2019-03-18&to=2019-03-31", "timeline?date=2019-03-18&country=RU" })
	void pagesOfOneEntryAddUpToTheWholeListForAPeriodWithOrWithoutCountries(String query) {
		List<String> all = this.api.get("/api/v1/" + query).json("$.items[*].slug");
		List<String> paged = new ArrayList<>();
		String url = "/api/v1/" + query + "&limit=1";
		while (url != null) {
			Api.Response page = this.api.get(url);
			assertThat(page.status()).isEqualTo(200);
			paged.addAll(page.json("$.items[*].slug"));
			String next = page.json("$.next");
			url = (next != null) ? "/api/v1/" + query + "&limit=1&cursor=" + next : null;
		}

		assertThat(all).hasSizeGreaterThan(1);
		assertThat(paged).isEqualTo(all);
	}

	@Test
	void pagesThroughEveryMeetingByCursorAndLinkHeader() {
		List<String> slugs = new ArrayList<>();
		String url = "/api/v1/meetings?limit=3&country=KP";
		int pages = 0;
		while (url != null) {
			Api.Response page = this.api.get(url);
			assertThat(page.status()).isEqualTo(200);
			slugs.addAll(page.json("$.items[*].slug"));
			String next = page.json("$.next");
			String link = page.header("Link");
			if (next == null) {
				assertThat(link).isNull();
				url = null;
			}
			else {
				Matcher matcher = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
				assertThat(matcher.matches()).isTrue();
				url = matcher.group(1);
				assertThat(url).contains("cursor=" + next).contains("country=KP").contains("limit=3");
			}
			pages++;
		}

		assertThat(pages).isEqualTo(3);
		assertThat(slugs).hasSize(8).doesNotHaveDuplicates().last().isEqualTo("kim-jong-un-vladimir-putin-summit-in-moscow");
	}

	@Test
	void showsOneMeetingBySlugAndAnswers404ForAnUnknownOne() {
		Api.Response found = this.api.get("/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14");
		Api.Response missing = this.api.get("/api/v1/meetings/no-such-meeting");

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.<String>json("$.title")).isEqualTo("Im Chon-il and Igor Morgulov discuss a schedule of political contacts");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(missing.<String>json("$.detail")).contains("no-such-meeting");
	}

	@Test
	void allowsCrossOriginReads() {
		Api.Response response = this.api.send(java.net.http.HttpRequest.newBuilder(this.api.uri("/api/v1/meetings"))
			.header("Origin", "https://frontend.example")
			.GET()
			.build());

		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
	}

}
