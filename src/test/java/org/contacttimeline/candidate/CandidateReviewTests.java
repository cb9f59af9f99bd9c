package org.contacttimeline.candidate;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contacttimeline.candidate.CandidateFixtures.EXPORT;
import static org.contacttimeline.candidate.CandidateFixtures.LATER;
import static org.contacttimeline.candidate.CandidateFixtures.get;
import static org.contacttimeline.candidate.CandidateFixtures.post;

/**
 * An editor's review of candidate groups over HTTP: the list by the timeline's filters, accepting a group (it becomes
 * a meeting, editable as any, with its history) and rejecting one (it is not proposed again).
 */
@ApiTest
@RestoresSeed
class CandidateReviewTests {

	private static final String SUMMIT = "/api/v1/candidates?date=2019-04-24";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void importTheExport() {
		CandidateFixtures.clear(this.jdbc);
		assertThat(post(this.api, EXPORT, "KP", "RU").status()).isEqualTo(201);
	}

	@AfterEach
	void clearTheCandidates() {
		CandidateFixtures.clear(this.jdbc);
	}

	private int id(String list) {
		return get(this.api, list).<Integer>json("$.items[0].id");
	}

	private Api.Response decide(int id, String decision, String json) {
		return this.api.write("POST", "/api/v1/candidates/" + id + "/" + decision, json, Api.EDITOR, null);
	}

	@Test
	void acceptingAGroupMakesAMeetingCitedOnItsSourceThatIsEditedAsAnyMeeting() {
		int summit = id(SUMMIT);

		Api.Response accepted = decide(summit, "accept", null);

		assertThat(accepted.status()).isEqualTo(201);
		String slug = accepted.<String>json("$.meeting.slug");
		assertThat(slug).isEqualTo("kim-jong-un-and-vladimir-putin-make-a-visit-2019-04-24");
		assertThat(accepted.header("Location")).endsWith("/api/v1/meetings/" + slug);
		assertThat(accepted.<String>json("$.state")).isEqualTo("accepted");
		assertThat(accepted.<String>json("$.decision.by")).isEqualTo("editor");
		Api.Response meeting = this.api.get("/api/v1/meetings/" + slug);
		assertThat(meeting.status()).isEqualTo(200);
		meeting.assertJson("$", """
				{"title": "Kim Jong Un and Vladimir Putin: Make a visit", "startDate": "2019-04-24", "endDate": "2019-04-26",
				 "status": "held", "kind": {"code": "042"}, "location": {"city": "Vladivostok", "country": "RU"}}""");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "RU");
		assertThat(meeting.<String>json("$.sources[0].url"))
			.isEqualTo("https://www.reuters.com/article/us-northkorea-russia-summit-idUSKCN1S106Q");
		assertThat(meeting.<String>json("$.sources[0].publisher")).isEqualTo("reuters.com");
		assertThat(meeting.<String>json("$.sources[0].quote")).startsWith("Machine-coded event (GDELT 2.0 834000001): KIM JONG UN (KP) 042");
		assertThat(meeting.<String>json("$.notes")).contains("candidate group " + summit, "4 machine-coded events",
				"gdelt 834000001");
		assertThat(this.api.get("/api/v1/meetings?country=KP&country=RU&from=2019-04-01&to=2019-04-30")
			.<List<String>>json("$.items[*].slug")).contains(slug);

		Api.Response edited = this.api.write("PUT", "/api/v1/meetings/" + slug,
				meeting.body().replace("\"summary\":null", "\"summary\":\"Their first summit.\""), Api.EDITOR, "\"0\"");
		Api.Response revisions = this.api.get("/api/v1/meetings/" + slug + "/revisions");

		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.<String>json("$.summary")).isEqualTo("Their first summit.");
		assertThat(revisions.<List<String>>json("$.items[*].editor")).containsExactly("editor", "editor");
		assertThat(revisions.<List<String>>json("$.items[*].change")).containsExactly("updated", "created");
	}

	@Test
	void anAcceptedOrRejectedGroupIsNoLongerProposedAndIsDecidedOnce() {
		int summit = id(SUMMIT);
		int visit = id("/api/v1/candidates?date=2019-06-10");
		decide(summit, "accept", null);

		Api.Response rejected = decide(visit, "reject", "{\"reason\": \"A delegation of the Russian Red Cross, not officials.\"}");
		Api.Response acceptedAgain = decide(summit, "accept", null);
		Api.Response rejectedAgain = decide(visit, "reject", "{\"reason\": \"again\"}");
		Api.Response acceptRejected = decide(visit, "accept", null);

		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.<String>json("$.state")).isEqualTo("rejected");
		assertThat(rejected.<String>json("$.decision.reason")).isEqualTo("A delegation of the Russian Red Cross, not officials.");
		assertThat(acceptedAgain.status()).isEqualTo(409);
		assertThat(acceptedAgain.<String>json("$.detail")).contains("was accepted by editor",
				"kim-jong-un-and-vladimir-putin-make-a-visit-2019-04-24");
		assertThat(rejectedAgain.status()).isEqualTo(409);
		assertThat(acceptRejected.status()).isEqualTo(409);
		assertThat(acceptRejected.<String>json("$.detail")).contains("was rejected by editor",
				"A delegation of the Russian Red Cross", "is not proposed again");
		assertThat(get(this.api, "/api/v1/candidates").<List<Integer>>json("$.items[*].id")).doesNotContain(summit, visit);
		assertThat(get(this.api, "/api/v1/candidates?state=accepted").<List<Integer>>json("$.items[*].id")).containsExactly(summit);
		assertThat(get(this.api, "/api/v1/candidates?state=rejected").<List<Integer>>json("$.items[*].id")).containsExactly(visit);
	}

	@Test
	void laterEventsOfARejectedContactJoinItAndAreNotProposedAgain() {
		int visit = id("/api/v1/candidates?date=2019-06-10");
		decide(visit, "reject", "{\"reason\": \"Not a meeting of officials.\"}");

		post(this.api, LATER, "KP", "RU");

		Api.Response rejected = get(this.api, "/api/v1/candidates/" + visit);
		assertThat(rejected.<String>json("$.state")).isEqualTo("rejected");
		assertThat(rejected.<Integer>json("$.candidateCount")).isEqualTo(3);
		assertThat(rejected.<String>json("$.endDate")).isEqualTo("2019-06-12");
		assertThat(get(this.api, "/api/v1/candidates?from=2019-06-01&to=2019-06-30").<List<Object>>json("$.items")).isEmpty();
		assertThat(get(this.api, "/api/v1/candidates?from=2019-11-01").<List<String>>json("$.items[*].title"))
			.containsExactly("Choe Ryong Hae and Valentina Matviyenko: Make a visit");
	}

	@Test
	void anIntentToMeetBecomesAPlannedMeetingUnderTheTitleAndSlugTheEditorGives() {
		int intent = id("/api/v1/candidates?kind=036");

		Api.Response accepted = decide(intent, "accept",
				"{\"title\": \"North Korea and Russia announce talks\", \"slug\": \"nk-russia-talks-announced-2019-05\"}");

		assertThat(accepted.status()).isEqualTo(201);
		Api.Response meeting = this.api.get("/api/v1/meetings/nk-russia-talks-announced-2019-05");
		meeting.assertJson("$", """
				{"title": "North Korea and Russia announce talks", "status": "planned", "kind": {"code": "036"},
				 "location": {"city": "Pyongyang"}}""");
	}

	@Test
	void aFailedAcceptanceChangesNothing() {
		int summit = id(SUMMIT);

		Api.Response taken = decide(summit, "accept", "{\"slug\": \"im-chon-il-igor-morgulov-talks-2019-03-14\"}");
		Api.Response malformed = decide(summit, "accept", "{\"slug\": \"Not A Slug\", \"title\": \"" + "x".repeat(301) + "\"}");
		Api.Response unknownField = decide(summit, "accept", "{\"summary\": \"x\"}");

		assertThat(taken.status()).isEqualTo(409);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.<List<String>>json("$.errors[*].field")).containsExactly("slug", "title");
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(get(this.api, "/api/v1/candidates/" + summit).<String>json("$.state")).isEqualTo("proposed");
		assertThat(this.api.get("/api/v1/meetings?from=2019-04-20&to=2019-04-30").<List<Object>>json("$.items")).isEmpty();
	}

	@Test
	void aCorroboratingGroupIsNotAcceptedButMayBeRejected() {
		int corroborating = id("/api/v1/candidates?state=corroborating");

		Api.Response accepted = decide(corroborating, "accept", null);
		Api.Response rejected = decide(corroborating, "reject", "{\"reason\": \"Reports the talks of March 12, not these.\"}");

		assertThat(accepted.status()).isEqualTo(409);
		assertThat(accepted.<String>json("$.detail")).contains("corroborates the meeting 'im-chon-il-igor-morgulov-talks-2019-03-14'");
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.<Object>json("$.meeting")).isNull();
	}

	@Test
	void answersWhatIsWrongWithADecision() {
		int summit = id(SUMMIT);

		Api.Response noReason = decide(summit, "reject", "{\"reason\": \" \"}");
		Api.Response unknown = decide(999999, "accept", null);
		Api.Response notAnId = decide(0, "accept", null);
		Api.Response word = this.api.write("POST", "/api/v1/candidates/abc/accept", null, Api.EDITOR, null);
		Api.Response anonymous = this.api.write("POST", "/api/v1/candidates/" + summit + "/accept", null, null, null);

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.<String>json("$.errors[0].field")).isEqualTo("reason");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.<String>json("$.detail")).isEqualTo("No candidate group with id '999999'.");
		assertThat(notAnId.status()).isEqualTo(404);
		assertThat(word.status()).isEqualTo(404);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(get(this.api, "/api/v1/candidates/" + summit).<String>json("$.state")).isEqualTo("proposed");
	}

	@Test
	void listsTheGroupsByTheTimelinesFilters() {
		assertThat(CandidateFixtures.titles(get(this.api, "/api/v1/candidates?date=2019-04-25"))).containsExactly(
				"Choe Son Hui and Sergei Lavrov: Engage in negotiation", "Kim Jong Un and Vladimir Putin: Make a visit");
		assertThat(CandidateFixtures.titles(get(this.api, "/api/v1/candidates?host=KP"))).containsExactly(
				"Russia and North Korea: Make a visit", "North Korea and Russia: Express intent to meet or negotiate");
		assertThat(CandidateFixtures.titles(get(this.api, "/api/v1/candidates?q=choe%20son"))).containsExactly(
				"Choe Son Hui and Sergei Lavrov: Engage in negotiation");
		assertThat(get(this.api, "/api/v1/candidates?country=prk&country=rus&from=2019-09-01&to=2019-09-05")
			.<List<String>>json("$.items[*].startDate")).containsExactly("2019-09-01");
		assertThat(get(this.api, "/api/v1/candidates?country=CN").<List<Object>>json("$.items")).isEmpty();

		Api.Response wrong = get(this.api, "/api/v1/candidates?kind=041&status=held&state=maybe&date=2019-4-25");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("status", "kind", "state", "date");
	}

	@Test
	void pagesTheListByCursorNewestFirst() {
		Api.Response first = get(this.api, "/api/v1/candidates?limit=3");
		Api.Response second = get(this.api, first.header("Link").replaceAll("^<(.*)>; rel=\"next\"$", "$1"));
		Api.Response rest = get(this.api, "/api/v1/candidates?limit=50&cursor=" + second.<String>json("$.next"));
		Api.Response tampered = get(this.api, "/api/v1/candidates?cursor=" + first.<String>json("$.next").substring(2));
		Api.Response meetingsCursor = get(this.api, "/api/v1/candidates?cursor="
				+ this.api.get("/api/v1/meetings?limit=1").<String>json("$.next"));

		assertThat(first.<List<String>>json("$.items[*].startDate")).containsExactly("2019-09-09", "2019-09-01", "2019-08-10");
		assertThat(second.<List<String>>json("$.items[*].startDate")).containsExactly("2019-08-01", "2019-06-10", "2019-05-20");
		assertThat(rest.<List<String>>json("$.items[*].startDate")).containsExactly("2019-04-25", "2019-04-24");
		assertThat(rest.<Object>json("$.next")).isNull();
		assertThat(tampered.status()).isEqualTo(400);
		assertThat(meetingsCursor.status()).isEqualTo(400);
		assertThat(meetingsCursor.<String>json("$.errors[0].message")).contains("not a cursor of this list");
	}

	@Test
	void candidatesAreReadByEditorsOnly() {
		int summit = id(SUMMIT);
		for (String path : List.of("/api/v1/candidates", "/api/v1/candidates/" + summit, "/api/v1/imports/1")) {
			Api.Response anonymous = this.api.send(HttpRequest.newBuilder(this.api.uri(path)).GET().build());

			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.body()).doesNotContain("Vladivostok");
		}
		assertThat(get(this.api, "/api/v1/imports/1").status()).isEqualTo(200);
		assertThat(Map.of("one", get(this.api, "/api/v1/candidates/" + summit).<Integer>json("$.candidates.length()")))
			.containsEntry("one", 4);
	}

}
