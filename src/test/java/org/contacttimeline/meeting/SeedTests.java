package org.contacttimeline.meeting;

import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts of every contact the Korea Times article of March 2019 reports, as a user reads them through the API,
 * each checked against the article: who met whom, in what role, where, when, and on which quote.
 */
@ApiTest
class SeedTests {

	private static final String SENATORS = "russian-senators-north-korea-2019-03";

	@Autowired
	Api api;

	@Test
	void datesKimIlSungsStateVisitToMoscowByTheYearOfIts70thAnniversary() {
		Api.Response meeting = meeting("kim-il-sung-state-visit-to-moscow-1949");

		assertThat(meeting.<String>json("$.title")).isEqualTo("Kim Il-sung's official state visit to Moscow");
		assertDates(meeting, "1949-01-01", "1949-12-31", "year");
		assertThat(meeting.<String>json("$.status")).isEqualTo("held");
		assertThat(meeting.<String>json("$.kind.code")).isEqualTo("042");
		assertLocation(meeting, "Moscow", null, "SU");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "SU");
		assertParticipants(meeting, List.of("kim-il-sung"), List.of("North Korean founder"));
		assertUnnamedParties(meeting, List.of("Soviet hosts (not named)"), List.of("SU"));
		assertThat(meeting.<Object>json("$.delegation")).isNull();
		assertCitesTheArticle(meeting.json("$.sources"));
	}

	@Test
	void takesTheHanoiSummitsDatesAndVenueFromThePublicRecordAndSaysSo() {
		Api.Response meeting = meeting("us-north-korea-summit-hanoi-2019-02-27");

		assertThat(meeting.<String>json("$.title")).isEqualTo("U.S.-North Korea summit in Hanoi");
		assertDates(meeting, "2019-02-27", "2019-02-28", "day");
		assertThat(meeting.<String>json("$.status")).isEqualTo("held");
		assertThat(meeting.<String>json("$.kind.code")).isEqualTo("044");
		assertLocation(meeting, "Hanoi", "Sofitel Legend Metropole Hanoi", "VN");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "US");
		assertParticipants(meeting, List.of("donald-trump", "kim-jong-un"),
				List.of("U.S. President", "North Korean leader"));
		assertUnnamedParties(meeting, List.of(), List.of());
		assertThat(meeting.<Object>json("$.delegation")).isNull();
		assertThat(meeting.<String>json("$.notes")).contains("from the public record, not the article");
		assertCitesTheArticle(meeting.json("$.sources"));
	}

	@Test
	void keepsKimYongJaeAndKozlovsTradeTalksInMoscowFromMarch4To6() {
		Api.Response meeting = meeting("kim-yong-jae-alexander-kozlov-talks-2019-03-04");

		assertThat(meeting.<String>json("$.title"))
			.isEqualTo("Kim Yong-jae and Alexander Kozlov discuss trade and economic cooperation");
		assertDates(meeting, "2019-03-04", "2019-03-06", "day");
		assertThat(meeting.<String>json("$.status")).isEqualTo("held");
		// "a meeting aimed at discussing cooperation in trade and economy": a consultation, not a negotiation
		assertThat(meeting.<String>json("$.kind.code")).isEqualTo("040");
		assertLocation(meeting, "Moscow", null, "RU");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "RU");
		assertParticipants(meeting, List.of("kim-yong-jae", "alexander-kozlov"),
				List.of("Minister for External Economic Affairs", "Minister for the Development of the Far East"));
		assertUnnamedParties(meeting, List.of(), List.of());
		assertThat(meeting.<String>json("$.delegation.slug")).isEqualTo("kim-yong-jae-visit-to-moscow-2019-03");
		assertCitesTheArticle(meeting.json("$.sources"));
	}

	@Test
	void keepsHanManHyoksVisitToTheMoscowPhotoExhibitionOnMarch5WithHisUnnamedCounterparts() {
		Api.Response meeting = meeting("han-man-hyok-moscow-photo-exhibition-2019-03-05");

		assertThat(meeting.<String>json("$.title"))
			.isEqualTo("Han Man-hyok attends a Moscow photo exhibition and meets Russian counterparts");
		assertDates(meeting, "2019-03-05", "2019-03-05", "day");
		assertThat(meeting.<String>json("$.status")).isEqualTo("held");
		assertThat(meeting.<String>json("$.kind.code")).isEqualTo("042");
		assertLocation(meeting, "Moscow", "Photo exhibition on the 70th anniversary of Kim Il-sung's state visit", "RU");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "RU");
		assertParticipants(meeting, List.of("han-man-hyok"),
				List.of("Vice Department Director of the Central Committee of the Workers' Party"));
		assertUnnamedParties(meeting, List.of("His Russian counterparts (not named)"), List.of("RU"));
		assertThat(meeting.<String>json("$.delegation.slug")).isEqualTo("han-man-hyok-visit-to-moscow-2019-03");
		assertCitesTheArticle(meeting.json("$.sources"));
	}

	@Test
	void keepsImChonIlAndMorgulovsTalksAtTheForeignMinistryGuesthouseOnMarch14() {
		Api.Response meeting = meeting("im-chon-il-igor-morgulov-talks-2019-03-14");

		assertThat(meeting.<String>json("$.title"))
			.isEqualTo("Im Chon-il and Igor Morgulov discuss a schedule of political contacts");
		assertDates(meeting, "2019-03-14", "2019-03-14", "day");
		assertThat(meeting.<String>json("$.status")).isEqualTo("held");
		assertThat(meeting.<String>json("$.kind.code")).isEqualTo("040");
		assertLocation(meeting, "Moscow", "Guesthouse of the Russian Foreign Ministry", "RU");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "RU");
		assertParticipants(meeting, List.of("im-chon-il", "igor-morgulov"),
				List.of("Vice Foreign Minister", "Deputy Foreign Minister"));
		assertUnnamedParties(meeting, List.of(), List.of());
		assertThat(meeting.<String>json("$.delegation.slug")).isEqualTo("im-chon-il-visit-to-moscow-2019-03");
		assertCitesTheArticle(meeting.json("$.sources"));
	}

	@Test
	void keepsTheSenatorsVisitToPyongyangFromMarch16To21AsPartOfTheirDelegation() {
		Api.Response meeting = meeting("russian-senators-visit-north-korea-2019-03-16");

		assertThat(meeting.<String>json("$.title")).isEqualTo("Russian senators visit North Korea");
		assertDates(meeting, "2019-03-16", "2019-03-21", "day");
		assertThat(meeting.<String>json("$.status")).isEqualTo("held");
		assertThat(meeting.<String>json("$.kind.code")).isEqualTo("042");
		assertLocation(meeting, "Pyongyang", null, "KP");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "RU");
		assertParticipants(meeting, List.of("oleg-melnichenko", "sergei-kislyak"), List.of(
				"Head of the Russian delegation",
				"First Deputy Chairman of the Federation Council's Committee for Foreign Affairs"));
		assertUnnamedParties(meeting,
				List.of("Other Russian senators of the group (not named)", "North Korean hosts (not named)"),
				List.of("RU", "KP"));
		assertThat(meeting.<String>json("$.delegation.slug")).isEqualTo(SENATORS);
		assertCitesTheArticle(meeting.json("$.sources"));
	}

	@Test
	void keepsTheSenatorsScheduledBusinessMeetingsInPyongyangAsPlanned() {
		Api.Response meeting = meeting("russian-senators-business-meetings-pyongyang-2019-03-16");

		assertThat(meeting.<String>json("$.title"))
			.isEqualTo("Scheduled business meetings of the Russian senators in Pyongyang");
		assertDates(meeting, "2019-03-16", "2019-03-21", "day");
		assertThat(meeting.<String>json("$.status")).isEqualTo("planned");
		assertThat(meeting.<String>json("$.kind.code")).isEqualTo("040");
		assertLocation(meeting, "Pyongyang", null, "KP");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "RU");
		assertParticipants(meeting, List.of("oleg-melnichenko"), List.of("Head of the Russian delegation"));
		assertUnnamedParties(meeting, List.of("North Korean counterparts (not named)"), List.of("KP"));
		assertThat(meeting.<String>json("$.delegation.slug")).isEqualTo(SENATORS);
		assertCitesTheArticle(meeting.json("$.sources"));
	}

	@Test
	void keepsTheSpeculatedKimPutinSummitInMoscowUndated() {
		Api.Response meeting = meeting("kim-jong-un-vladimir-putin-summit-in-moscow");

		assertThat(meeting.<String>json("$.title"))
			.isEqualTo("Possible first summit of Kim Jong-un and Vladimir Putin in Moscow");
		assertDates(meeting, null, null, "unknown");
		assertThat(meeting.<String>json("$.status")).isEqualTo("speculated");
		assertThat(meeting.<String>json("$.kind.code")).isEqualTo("042");
		assertLocation(meeting, "Moscow", null, "RU");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "RU");
		assertParticipants(meeting, List.of("kim-jong-un", "vladimir-putin"),
				List.of("North Korean leader", "Russian President"));
		assertUnnamedParties(meeting, List.of(), List.of());
		assertThat(meeting.<Object>json("$.delegation")).isNull();
		assertCitesTheArticle(meeting.json("$.sources"));
	}

	@Test
	void keepsBothDateVariantsTheArticleReportsForTheSenatorsDelegation() {
		Api.Response delegation = this.api.get("/api/v1/delegations/" + SENATORS);

		assertThat(delegation.status()).isEqualTo(200);
		assertThat(delegation.<String>json("$.sendingCountry")).isEqualTo("RU");
		assertThat(delegation.<String>json("$.hostCountry")).isEqualTo("KP");
		assertDates(delegation, "2019-03-16", "2019-03-21", "day");
		assertThat(delegation.<List<String>>json("$.reportedDates[*].startDate")).containsExactly("2019-03-16",
				"2019-03-14");
		assertThat(delegation.<List<String>>json("$.reportedDates[*].endDate")).containsExactly("2019-03-21",
				"2019-03-21");
		assertThat(delegation.<String>json("$.reportedDates[0].quote")).contains("from March 16 to 21");
		assertThat(delegation.<String>json("$.reportedDates[1].quote")).contains("from March 14 to 21");
		assertThat(delegation.<List<String>>json("$.reportedDates[*].publisher")).containsOnly("The Korea Times");
		delegation.<List<String>>json("$.reportedDates[*].quote").forEach(SeedTests::assertQuotesTheArticle);
		assertThat(delegation.<String>json("$.head.slug")).isEqualTo("oleg-melnichenko");
		assertThat(delegation.<List<String>>json("$.members[*].slug")).contains("oleg-melnichenko", "sergei-kislyak");
		assertThat(delegation.<List<String>>json("$.meetings[*].slug")).containsExactlyInAnyOrder(
				"russian-senators-visit-north-korea-2019-03-16",
				"russian-senators-business-meetings-pyongyang-2019-03-16");
		assertCitesTheArticle(delegation.json("$.sources"));
	}

	@ParameterizedTest(name = "{0} is \"{1}\"")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			im-chon-il       | Vice Foreign Minister                         | Vice Foreign Minister Im Chon-il
			igor-morgulov    | Deputy Foreign Minister                       | Deputy Foreign Minister Igor Morgulov
			kim-yong-jae     | Minister for External Economic Affairs        | Minister for External Economic Affairs Kim Yong-jae
			alexander-kozlov | Minister for the Development of the Far East  | Minister for the Development of the Far East Alexander Kozlov
			han-man-hyok     | Vice Department Director of the Central Committee of the Workers' Party | Han Man-hyok, vice department director of the Central Committee
			sergei-kislyak   | First Deputy Chairman of the Federation Council's Committee for Foreign Affairs | Sergei Kislyak, the first deputy chairman of the Russian Federation Council's Committee for Foreign Affairs
			oleg-melnichenko | Senator, head of the Russian delegation to North Korea | Oleg Melnichenko, who heads the Russian delegation
			vladimir-putin   | President of Russia                           | Russian President Vladimir Putin
			donald-trump     | President of the United States                | U.S. President Donald Trump
			kim-jong-un      | North Korean leader (Chairman of the State Affairs Commission) | North Korean leader Kim Jong-un
			kim-il-sung      | Premier (North Korean founder)                | North Korean founder Kim Il-sung
			""")
	void givesEveryOfficialTheArticleNamesTheTitleItGivesWithItsQuote(String slug, String title, String wording) {
		Api.Response official = this.api.get("/api/v1/officials/" + slug);

		assertThat(official.status()).isEqualTo(200);
		assertThat(official.<List<String>>json("$.positions[*].title")).contains(title);
		List<Map<String, Object>> positions = official.json("$.positions");
		List<Map<String, Object>> sources = positions.stream()
			.filter((position) -> title.equals(position.get("title")))
			.flatMap((position) -> SeedTests.<List<Map<String, Object>>>cast(position.get("sources")).stream())
			.toList();
		assertCitesTheArticle(sources);
		assertThat(sources).anySatisfy((source) -> assertThat((String) source.get("quote")).contains(wording));
		assertQuotesTheArticle(wording);
	}

	@Test
	void knowsChinaButPutsItInNoMeeting() {
		Api.Response countries = this.api.get("/api/v1/countries");
		Api.Response withChina = this.api.get("/api/v1/meetings?country=CN");
		Api.Response all = this.api.get("/api/v1/meetings?limit=500");

		assertThat(countries.<List<String>>json("$.items[*].code")).contains("CN");
		assertThat(withChina.status()).isEqualTo(200);
		assertThat(withChina.<List<Object>>json("$.items")).isEmpty();
		assertThat(all.<List<String>>json("$.items[*].countries[*]")).isNotEmpty().doesNotContain("CN");
		assertThat(all.<List<String>>json("$.items[*].location.country")).doesNotContain("CN");
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object value) {
		return (T) value;
	}

	private Api.Response meeting(String slug) {
		Api.Response response = this.api.get("/api/v1/meetings/" + slug);
		assertThat(response.status()).as("GET /api/v1/meetings/%s", slug).isEqualTo(200);
		assertThat(response.<String>json("$.slug")).isEqualTo(slug);
		return response;
	}

	private static void assertDates(Api.Response response, String start, String end, String precision) {
		assertThat(response.<String>json("$.startDate")).isEqualTo(start);
		assertThat(response.<String>json("$.endDate")).isEqualTo(end);
		assertThat(response.<String>json("$.datePrecision")).isEqualTo(precision);
	}

	private static void assertLocation(Api.Response meeting, String city, String venue, String country) {
		assertThat(meeting.<String>json("$.location.city")).isEqualTo(city);
		assertThat(meeting.<String>json("$.location.venue")).isEqualTo(venue);
		assertThat(meeting.<String>json("$.location.country")).isEqualTo(country);
	}

	private static void assertParticipants(Api.Response meeting, List<String> slugs, List<String> roles) {
		assertThat(meeting.<List<String>>json("$.participants[*].slug")).containsExactlyElementsOf(slugs);
		assertThat(meeting.<List<String>>json("$.participants[*].role")).containsExactlyElementsOf(roles);
	}

	private static void assertUnnamedParties(Api.Response meeting, List<String> descriptions, List<String> countries) {
		assertThat(meeting.<List<String>>json("$.unnamedParties[*].description")).containsExactlyElementsOf(descriptions);
		assertThat(meeting.<List<String>>json("$.unnamedParties[*].country")).containsExactlyElementsOf(countries);
	}

	/**
	 * At least one source is the Korea Times article by Yi Whan-woo with a quote taken word for word from it, and
	 * every quote attributed to the Korea Times is such a quote.
	 */
	private static void assertCitesTheArticle(List<Map<String, Object>> sources) {
		assertThat(sources).anySatisfy((source) -> {
			assertThat(source.get("publisher")).isEqualTo("The Korea Times");
			assertThat(source.get("author")).isEqualTo("Yi Whan-woo");
			assertQuotesTheArticle((String) source.get("quote"));
		});
		sources.stream()
			.filter((source) -> "The Korea Times".equals(source.get("publisher")))
			.forEach((source) -> assertQuotesTheArticle((String) source.get("quote")));
	}

	private static void assertQuotesTheArticle(String quote) {
		assertThat(quote).isNotBlank();
		SeedArticle.assertVerbatim(quote);
	}

}
