package org.contacttimeline.article;

import java.net.http.HttpRequest;
import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles that cannot be read, or report nothing: a clear problem or no proposal, never a 5xx, nothing kept. */
@ApiTest
@RestoresSeed(withoutArticles = true)
class ArticleBadInputTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			empty text                | {"text": "", "publisher": "Example Herald", "publishedOn": "2019-11-20"}            | text
			blank text                | {"text": "  \\n ", "publisher": "Example Herald", "publishedOn": "2019-11-20"}      | text
			no text                   | {"publisher": "Example Herald", "publishedOn": "2019-11-20"}                       | text
			no publication date       | {"text": "Kim met Putin.", "publisher": "Example Herald"}                           | publishedOn
			a publication date to come | {"text": "Kim met Putin.", "publisher": "Example Herald", "publishedOn": "2999-01-01"} | publishedOn
			no publisher              | {"text": "Kim met Putin.", "publishedOn": "2019-11-20"}                             | publisher
			a URL that is none        | {"text": "Kim met Putin.", "publisher": "Example Herald", "publishedOn": "2019-11-20", "url": "example.org"} | url
			""")
	void refusesAnArticleItCannotReadWithAProblemNamingTheField(String what, String body, String field) {
		Api.Response answer = ArticleFixtures.post(this.api, body);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.<List<String>>json("$.errors[*].field")).contains(field);
		assertThat(articles()).isZero();
	}

	@Test
	void refusesADateThatIsNoDateAndJsonThatIsNone() {
		Api.Response date = ArticleFixtures.post(this.api,
				"{\"text\": \"Kim met Putin.\", \"publisher\": \"Example Herald\", \"publishedOn\": \"2019-02-30\"}");
		Api.Response json = ArticleFixtures.post(this.api, "{\"text\": \"Kim met");

		assertThat(date.status()).isEqualTo(400);
		assertThat(json.status()).isEqualTo(400);
		assertThat(articles()).isZero();
	}

	@Test
	void refusesABodyOfTenMegabytesBeforeReadingIt() {
		String text = "Kim met Putin in Moscow. ".repeat(10 * 1024 * 1024 / 25);

		Api.Response answer = ArticleFixtures.post(this.api,
				ArticleFixtures.json(text, "Example Herald", null, null, "2019-11-20", null));

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.<String>json("$.detail")).contains("larger than");
		assertThat(articles()).isZero();
	}

	@Test
	void refusesAListOfMoreContactsThanAnArticleReports() {
		StringBuilder text = new StringBuilder();
		for (int day = 0; text.length() < 60_000; day++) {
			String tag = "" + (char) ('a' + day % 26) + (char) ('a' + (day / 26) % 26);
			text.append("North Korean Minister Ka").append(tag).append(" Lee met Russian Minister Ivan Pet").append(tag)
				.append("ov in Moscow on ").append(java.time.LocalDate.of(2019, 1, 1).plusDays(day % 365)
					.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d", java.util.Locale.ENGLISH)))
				.append(".\n");
		}

		Api.Response answer = ArticleFixtures.post(this.api,
				ArticleFixtures.json(text.toString(), "Example Herald", null, null, "2019-12-31", null));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.<List<String>>json("$.errors[*].field")).containsExactly("text");
		assertThat(articles()).isZero();
	}

	@Test
	void proposesNothingFromATextThatReportsNoContact() {
		String text = "Seoul stocks closed higher on Monday as chipmakers rallied.\n\nThe won rose 0.4 percent against "
				+ "the U.S. dollar. China's exports fell for a third month, data showed last week. Analysts said the "
				+ "central bank could cut rates next year.";

		Api.Response answer = ArticleFixtures.post(this.api,
				ArticleFixtures.json(text, "Example Herald", "Stocks rise", null, "2019-11-20", null));

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.<List<Object>>json("$.proposals")).isEmpty();
	}

	@Test
	void asksForAnEditorsCredentials() {
		Api.Response answer = this.api.write("POST", "/api/v1/articles", ArticleFixtures.secondArticle(), null, null);

		assertThat(answer.status()).isEqualTo(401);
		assertThat(articles()).isZero();
	}

	@Test
	void refusesPlainTextWithoutItsPublisherAndDateAndAnUnknownArticle() {
		Api.Response plain = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/articles"))
			.header("Content-Type", "text/plain").header("Authorization", Api.EDITOR)
			.POST(HttpRequest.BodyPublishers.ofString("Kim met Putin.")).build());

		assertThat(plain.status()).isEqualTo(400);
		assertThat(plain.<List<String>>json("$.errors[*].field")).containsExactly("publishedOn", "publisher");
		for (String id : List.of("999999", "abc", "-1")) {
			assertThat(this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/articles/" + id))
				.header("Authorization", Api.EDITOR).GET().build()).status()).isEqualTo(404);
		}
	}

	private long articles() {
		return this.jdbc.sql("select count(*) from article").query(Long.class).single();
	}

}
