package org.contacttimeline.article;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article of our own writing, in the seed's news style, about another contact: what is proposed from it, how the
 * proposals are reviewed in the candidates' queue and become contacts cited on the article, and that posting it
 * again adds nothing.
 */
@ApiTest
@RestoresSeed(withoutArticles = true)
class ArticleApiTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void proposesTheContactsOfASecondArticleWithTheirDatesSidesPeopleStatusAndReporters() {
		String text = ArticleFixtures.text(ArticleFixtures.SECOND);

		Api.Response posted = ArticleFixtures.post(this.api, ArticleFixtures.secondArticle());

		assertThat(posted.status()).isEqualTo(201);
		assertThat(posted.header("Location")).endsWith("/api/v1/articles/" + posted.<Integer>json("$.id"));
		assertThat(posted.<List<String>>json("$.proposals[*].state")).containsOnly("proposed");
		assertThat(posted.<List<String>>json("$.proposals[*].proposal.type")).containsExactly("meeting", "delegation",
				"meeting", "meeting");

		// Choe Son-hui and Sergey Lavrov, whom the timeline does not know, on "Monday" before Wednesday 20 November
		Map<String, Object> talks = posted.json("$.proposals[0].proposal");
		posted.assertJson("$.proposals[0].proposal", """
				{"date": {"startDate": "2019-11-18", "precision": "day"}, "countries": [{"code": "KP"}, {"code": "RU"}],
				 "participants": [{"name": "Choe Son-hui", "role": "First Vice Foreign Minister", "official": null},
				                  {"name": "Sergey Lavrov", "role": "Foreign Minister", "official": null}],
				 "place": {"city": "Moscow"}, "kind": {"code": "040"}, "status": {"value": "held"},
				 "reportedBy": [{"name": "the North's official Korean Central News Agency (KCNA)"}]}""");
		assertThat(posted.<String>json("$.proposals[0].proposal.date.rule")).contains("the last Monday on or before");
		assertThat(posted.<Integer>json("$.proposals[0].proposal.visit")).isEqualTo(posted.<Integer>json("$.proposals[1].candidate"));
		assertThat(talks.get("quotes").toString()).contains("N. Korea's Choe Son-hui holds talks with Lavrov in Moscow");

		// her visit, from Nov. 17 to 22, headed by her
		posted.assertJson("$.proposals[1].proposal", """
				{"sendingCountry": {"code": "KP"}, "hostCountry": {"code": "RU"},
				 "date": {"startDate": "2019-11-17", "endDate": "2019-11-22"}, "participants": [{"head": true}]}""");

		// "Rim Chon-il" is the seed's Im Chon-il, last month
		assertThat(posted.<List<String>>json("$.proposals[2].proposal.participants[*].official.slug"))
			.containsExactly("im-chon-il", "igor-morgulov");
		assertThat(posted.<String>json("$.proposals[2].proposal.participants[0].name")).isEqualTo("Rim Chon-il");
		assertThat(posted.<String>json("$.proposals[2].proposal.participants[0].matchedBy"))
			.contains("Rim for Im: a romanization of the same Korean name");
		assertThat(posted.<String>json("$.proposals[2].proposal.date.startDate")).isEqualTo("2019-10-01");
		assertThat(posted.<String>json("$.proposals[2].proposal.date.precision")).isEqualTo("month");
		assertThat(posted.<String>json("$.proposals[2].proposal.reportedBy[0].organization.slug"))
			.isEqualTo("ru-ministry-of-foreign-affairs");

		// "is expected to visit ... early next year": not held
		posted.assertJson("$.proposals[3].proposal", """
				{"status": {"value": "speculated", "quote": "Lavrov is expected to visit"},
				 "date": {"precision": "year", "startDate": "2020-01-01"}, "kind": {"code": "042"},
				 "countries": [{"code": "RU"}, {"code": "KP"}]}""");

		assertThat(ArticleMeasurementTests.quotes(posted.body())).hasSizeGreaterThan(40).allSatisfy((quote) -> assertThat(text).contains(quote));
	}

	@Test
	void putsTheProposalsInTheCandidatesQueueFilterableByOrigin() {
		ArticleFixtures.post(this.api, ArticleFixtures.secondArticle());

		Api.Response fromArticles = candidates("?origin=article&limit=2");
		Api.Response next = candidates("?origin=article&limit=2&cursor=" + fromArticles.<String>json("$.next"));

		assertThat(fromArticles.<List<String>>json("$.items[*].origin")).containsOnly("article");
		assertThat(fromArticles.<List<String>>json("$.items[*].datePrecision")).containsExactly("year", "day");
		assertThat(next.<List<String>>json("$.items[*].datePrecision")).containsExactly("day", "month");
		assertThat(next.<String>json("$.next")).isNull();
		assertThat(fromArticles.<String>json("$.items[0].proposal.status.value")).isEqualTo("speculated");
		assertThat(candidates("?origin=gdelt").<List<Object>>json("$.items")).isEmpty();
		assertThat(candidates("?origin=article&q=Lavrov").<List<Object>>json("$.items")).hasSize(2);
		assertThat(candidates("?origin=article&from=2019-10-01&to=2019-10-31").<List<String>>json("$.items[*].title"))
			.containsExactly("Im Chon-il and Igor Morgulov meeting in Moscow");
		assertThat(candidates("?origin=tass").status()).isEqualTo(400);
	}

	@Test
	void acceptingMakesTheVisitAndItsMeetingsCitedOnTheArticleCreatingOfficialsOnlyWhenAsked() {
		Api.Response posted = ArticleFixtures.post(this.api, ArticleFixtures.secondArticle());
		int talks = posted.json("$.proposals[0].candidate");
		int visit = posted.json("$.proposals[1].candidate");
		int rim = posted.json("$.proposals[2].candidate");
		int lavrov = posted.json("$.proposals[3].candidate");

		Api.Response visitAccepted = accept(visit, "{\"createOfficials\": true}");
		Api.Response talksAccepted = accept(talks, "{}");
		Api.Response rimAccepted = accept(rim, null);
		Api.Response rejected = this.api.write("POST", "/api/v1/candidates/" + lavrov + "/reject",
				"{\"reason\": \"Speculation of diplomatic sources; wait for the visit.\"}", Api.EDITOR, null);

		assertThat(visitAccepted.status()).isEqualTo(201);
		assertThat(visitAccepted.header("Location")).endsWith("/api/v1/delegations/choe-son-hui-visit-to-russia-2019-11-17");
		Api.Response delegation = this.api.get(visitAccepted.header("Location"));
		assertThat(delegation.<String>json("$.head.slug")).isEqualTo("choe-son-hui");
		assertThat(delegation.<String>json("$.sendingCountry")).isEqualTo("KP");
		assertThat(delegation.<String>json("$.hostCountry")).isEqualTo("RU");
		assertThat(delegation.<String>json("$.startDate")).isEqualTo("2019-11-17");
		assertThat(delegation.<List<String>>json("$.sources[*].publisher")).containsOnly("Example Herald");
		assertThat(delegation.<List<String>>json("$.sources[*].quote"))
			.contains("Choe is visiting Russia from Nov. 17 to 22 at the invitation of the Russian foreign ministry, the agency said.");
		assertThat(this.api.get("/api/v1/officials/choe-son-hui").<String>json("$.country")).isEqualTo("KP");

		// Lavrov was not created: the editor did not ask; Choe, created with the visit, is found by her name
		assertThat(talksAccepted.status()).isEqualTo(201);
		Api.Response meeting = this.api.get(talksAccepted.header("Location"));
		assertThat(meeting.<List<String>>json("$.participants[*].slug")).containsExactly("choe-son-hui");
		assertThat(meeting.<List<String>>json("$.participants[*].role")).containsExactly("First Vice Foreign Minister");
		assertThat(meeting.<List<String>>json("$.unnamedParties[*].description"))
			.containsExactly("Sergey Lavrov, Foreign Minister (not an official of the timeline)");
		assertThat(meeting.<List<String>>json("$.countries")).containsExactlyInAnyOrder("KP", "RU");
		assertThat(meeting.<String>json("$.delegation.slug")).isEqualTo(delegation.<String>json("$.slug"));
		assertThat(meeting.<String>json("$.startDate")).isEqualTo("2019-11-18");
		assertThat(meeting.<String>json("$.notes")).contains("Proposed from the article").contains("the last Monday");
		assertThat(this.api.get("/api/v1/officials/sergey-lavrov").status()).isEqualTo(404);

		// the seed's Im Chon-il, in the role the article gives, cited on what Russia's foreign ministry said
		Api.Response october = this.api.get(rimAccepted.header("Location"));
		assertThat(october.<List<String>>json("$.participants[*].slug")).containsExactly("im-chon-il", "igor-morgulov");
		assertThat(october.<List<String>>json("$.participants[*].roleSource")).containsOnly("given");
		assertThat(october.<String>json("$.datePrecision")).isEqualTo("month");
		assertThat(october.<List<String>>json("$.sources[*].accordingTo.slug")).containsExactly("ru-ministry-of-foreign-affairs");

		assertThat(rejected.status()).isEqualTo(200);
		// articles and their proposals are read by editors only, as candidates are
		assertThat(this.api.get("/api/v1/articles/" + posted.<Integer>json("$.id")).status()).isEqualTo(401);
		Api.Response read = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/articles/" + posted.<Integer>json("$.id")))
			.header("Authorization", Api.EDITOR).GET().build());
		assertThat(read.<List<String>>json("$.proposals[*].state")).containsExactly("accepted", "accepted", "accepted",
				"rejected");
		assertThat(read.<List<String>>json("$.proposals[*].contact.type")).containsExactly("meeting", "delegation",
				"meeting");
		assertThat(accept(talks, null).status()).isEqualTo(409);
	}

	@Test
	void postingTheSameTextAgainAddsNothingAndAnotherTextAtItsUrlIsAConflict() {
		Api.Response first = ArticleFixtures.post(this.api, ArticleFixtures.secondArticle());
		long groups = groups();

		Api.Response again = ArticleFixtures.post(this.api, ArticleFixtures.secondArticle());
		Api.Response withOtherLineEnds = ArticleFixtures.post(this.api, ArticleFixtures.json(
				ArticleFixtures.text(ArticleFixtures.SECOND).replace("\n", "\r\n") + "\n\n", "Example Herald", null, null,
				"2019-11-20", null));
		Api.Response otherText = ArticleFixtures.post(this.api, ArticleFixtures.json("Kim met Putin in Vladivostok on "
				+ "April 25.", "Example Herald", null, null, "2019-11-20", "https://example.org/2019/11/20/choe-lavrov"));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.<Boolean>json("$.alreadyPosted")).isTrue();
		assertThat(again.<Integer>json("$.id")).isEqualTo(first.<Integer>json("$.id"));
		assertThat(again.<List<Integer>>json("$.proposals[*].candidate"))
			.isEqualTo(first.<List<Integer>>json("$.proposals[*].candidate"));
		assertThat(withOtherLineEnds.status()).isEqualTo(200);
		assertThat(otherText.status()).isEqualTo(409);
		assertThat(otherText.<String>json("$.detail")).contains("was posted already");
		assertThat(groups()).isEqualTo(groups);
		assertThat(this.jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void readsThePlainTextOfAnArticleWithItsDescriptionAsParameters() {
		Api.Response posted = this.api.send(HttpRequest.newBuilder(this.api.uri(
				"/api/v1/articles?publisher=Example%20Herald&publishedOn=2019-11-20&headline=Talks"))
			.header("Content-Type", "text/plain; charset=utf-8")
			.header("Authorization", Api.EDITOR)
			.POST(HttpRequest.BodyPublishers.ofString(ArticleFixtures.text(ArticleFixtures.SECOND)))
			.build());

		assertThat(posted.status()).isEqualTo(201);
		assertThat(posted.<String>json("$.publisher")).isEqualTo("Example Herald");
		assertThat(posted.<List<Object>>json("$.proposals")).hasSize(4);
	}

	private Api.Response accept(int candidate, String body) {
		return this.api.write("POST", "/api/v1/candidates/" + candidate + "/accept", body, Api.EDITOR, null);
	}

	private Api.Response candidates(String query) {
		return this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/candidates" + query))
			.header("Accept", "application/json").header("Authorization", Api.EDITOR).GET().build());
	}

	private long groups() {
		return this.jdbc.sql("select count(*) from candidate_group").query(Long.class).single();
	}

}
