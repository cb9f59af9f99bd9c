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
 * What the Korea Times article says that the first seed left out or overstated, read through the API: the three
 * North Korean visits to Moscow, who first reported what, where outside facts come from, the CAMEO code the text
 * supports, and China's stance after the Hanoi summit.
 */
@ApiTest
class ArticleAgainstSeedTests {

	@Autowired
	Api api;

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			im-chon-il-visit-to-moscow-2019-03,   im-chon-il,   im-chon-il-igor-morgulov-talks-2019-03-14
			kim-yong-jae-visit-to-moscow-2019-03, kim-yong-jae, kim-yong-jae-alexander-kozlov-talks-2019-03-04
			han-man-hyok-visit-to-moscow-2019-03, han-man-hyok, han-man-hyok-moscow-photo-exhibition-2019-03-05
			""")
	void modelsEachNorthKoreanOfficialsTripAsAVisitToRussiaWithItsMeeting(String slug, String head, String meeting) {
		Api.Response visit = this.api.get("/api/v1/delegations/" + slug);

		assertThat(visit.status()).isEqualTo(200);
		assertThat(visit.<String>json("$.sendingCountry")).isEqualTo("KP");
		assertThat(visit.<String>json("$.hostCountry")).isEqualTo("RU");
		assertThat(visit.<String>json("$.head.slug")).isEqualTo(head);
		assertThat(visit.<List<String>>json("$.members[*].slug")).containsExactly(head);
		assertThat(visit.<String>json("$.datePrecision")).isEqualTo("month");
		assertThat(visit.<String>json("$.startDate")).isEqualTo("2019-03-01");
		assertThat(visit.<String>json("$.endDate")).isEqualTo("2019-03-31");
		assertThat(visit.<String>json("$.notes")).contains("earlier this month");
		assertThat(visit.<List<String>>json("$.meetings[*].slug")).containsExactly(meeting);
		assertThat(this.api.get("/api/v1/meetings/" + meeting).<String>json("$.delegation.slug")).isEqualTo(slug);
		List<String> quotes = visit.json("$.sources[*].quote");
		assertThat(quotes).contains("three North Korean officials visited Moscow separately earlier this month and met their Russian counterparts");
		quotes.forEach(SeedArticle::assertVerbatim);
	}

	@Test
	void listsTheThreeVisitsAmongNorthKoreasDelegationsAndOnTheTimeline() {
		List<String> delegations = this.api.get("/api/v1/delegations?country=KP").json("$.items[*].slug");
		List<Map<String, Object>> march = this.api.get("/api/v1/timeline?from=2019-03-01&to=2019-03-31&country=KP&country=RU")
			.json("$.items[?(@.type == 'delegation')]");

		assertThat(delegations).containsExactly("han-man-hyok-visit-to-moscow-2019-03", "im-chon-il-visit-to-moscow-2019-03",
				"kim-yong-jae-visit-to-moscow-2019-03", "russian-senators-north-korea-2019-03");
		assertThat(march).extracting((entry) -> entry.get("slug")).containsExactly("han-man-hyok-visit-to-moscow-2019-03",
				"im-chon-il-visit-to-moscow-2019-03", "kim-yong-jae-visit-to-moscow-2019-03",
				"russian-senators-north-korea-2019-03");
		assertThat(this.api.get("/api/v1/delegations/russian-senators-north-korea-2019-03")
			.<List<String>>json("$.reportedDates[*].startDate")).containsExactly("2019-03-16", "2019-03-14");
	}

	@Test
	void attributesTheTopicOfTheMarch14TalksToRussiasForeignMinistryAndKislyaksWordsToTass() {
		Api.Response talks = this.api.get("/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14");
		Api.Response senators = this.api.get("/api/v1/meetings/russian-senators-visit-north-korea-2019-03-16");

		assertThat(talks.<List<String>>json("$.sources[?(@.quote =~ /.*according to Russia's foreign ministry.*/)].accordingTo.slug"))
			.containsExactly("ru-ministry-of-foreign-affairs");
		assertThat(talks.<List<String>>json("$.sources[?(@.quote =~ /.*enters the guesthouse.*/)].accordingTo.name"))
			.containsExactly("Yonhap News Agency");
		assertThat(senators.<List<String>>json("$.sources[?(@.accordingTo.slug == 'tass')].quote")).hasSize(2)
			.anySatisfy((quote) -> assertThat(quote).contains("Kislyak told Russian news agency TASS"))
			.anySatisfy((quote) -> assertThat(quote).contains("The goal of the visit"));
		assertThat(this.api.get("/api/v1/sources/korea-times-nk-russia-support-2019-03").status()).isEqualTo(200);
	}

	@Test
	void saysWhereEveryNameInItsOwnScriptComesFrom() {
		List<Map<String, Object>> officials = this.api.get("/api/v1/officials?limit=500").json("$.items");

		assertThat(officials).filteredOn((official) -> official.get("originalName") != null).isNotEmpty()
			.allSatisfy((official) -> assertThat((String) official.get("originalNameSource")).as((String) official.get("slug"))
				.startsWith("Not in the article"));
		assertThat(this.api.get("/api/v1/officials/im-chon-il").<String>json("$.originalNameSource")).contains("Dong-A Ilbo");
	}

	@Test
	void noLongerCitesTheArticleForTrumpsTitleInFebruaryAndRecordsOnlyTheDaysTheArticleShows() {
		Map<String, Object> trump = this.api.get("/api/v1/officials/donald-trump").json("$.positions[0]");
		Map<String, Object> morgulov = this.api.get("/api/v1/officials/igor-morgulov").json("$.positions[0]");

		assertThat((String) trump.get("note")).doesNotContain("per the article").contains("public record");
		assertThat(trump.get("startDate")).isNull();
		assertThat(morgulov.get("startDate")).isNull();
		assertThat(morgulov.get("attestedFrom")).isEqualTo("2019-03-14");
		assertThat(morgulov.get("attestedTo")).isEqualTo("2019-03-14");
	}

	@Test
	void codesTheKozlovTalksAsTheConsultationTheArticleReportsAndSaysWhy() {
		Api.Response talks = this.api.get("/api/v1/meetings/kim-yong-jae-alexander-kozlov-talks-2019-03-04");

		assertThat(talks.<String>json("$.kind.code")).isEqualTo("040");
		assertThat(talks.<String>json("$.kind.label")).isEqualTo("Consult");
		assertThat(talks.<String>json("$.notes")).contains("CAMEO 040", "not 046", "aimed at discussing cooperation in trade and economy");
	}

	@Test
	void keepsChinasStanceAsANoteOfTheHanoiSummitWithoutAContact() {
		Api.Response hanoi = this.api.get("/api/v1/meetings/us-north-korea-summit-hanoi-2019-02-27");

		assertThat(hanoi.<String>json("$.notes")).contains("China", "remaining prudent");
		assertThat(hanoi.<List<String>>json("$.sources[*].quote"))
			.contains("China, the North's closet ally, is believed to be remaining prudent in its stance over the summit collapse.");
		assertThat(hanoi.<List<String>>json("$.countries")).doesNotContain("CN");
		assertThat(this.api.get("/api/v1/meetings?country=CN").<List<Object>>json("$.items")).isEmpty();
		hanoi.<List<String>>json("$.sources[*].quote").forEach(SeedArticle::assertVerbatim);
	}

	@Test
	void recordsTheseChangesInTheHistoryOfWhatTheyChanged() {
		List<Map<String, Object>> revisions = this.api.get("/api/v1/meetings/kim-yong-jae-alexander-kozlov-talks-2019-03-04/revisions")
			.json("$.items");

		assertThat(revisions).extracting((r) -> r.get("change")).containsExactly("updated", "created");
		assertThat((String) revisions.get(0).get("editor")).startsWith("seed:");
		assertThat(this.api.get("/api/v1/meetings/kim-yong-jae-alexander-kozlov-talks-2019-03-04/revisions")
			.<String>json("$.items[1].state.kind.code")).isEqualTo("046");
	}

}
