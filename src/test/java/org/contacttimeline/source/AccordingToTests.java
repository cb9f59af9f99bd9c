package org.contacttimeline.source;

import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citation says who first reported what its source relays: written by the organization's slug, read as
 * {@code accordingTo: {slug, name}}, refused with a 422 when no organization has the slug.
 */
@ApiTest
@RestoresSeed
class AccordingToTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private static String meeting(String accordingTo) {
		return """
				{"slug": "according-to", "title": "Talks relayed", "startDate": "2019-03-14", "kind": "040",
				 "participants": [{"official": "im-chon-il"}],
				 "sources": [{"source": "korea-times-nk-russia-support-2019-03", "accordingTo": %s,
				              "quote": "It did not elaborate further."}]}""".formatted(accordingTo);
	}

	@Test
	void writesAnAccordingToBySlugAndReadsItBackWithItsName() {
		Api.Response created = this.api.write("POST", "/api/v1/meetings", meeting("\"ru-ministry-of-foreign-affairs\""),
				Api.EDITOR, null);
		Api.Response read = this.api.get("/api/v1/meetings/according-to");
		Api.Response sentBack = this.api.write("PUT", "/api/v1/meetings/according-to", read.body(), Api.EDITOR,
				read.header("ETag"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<String>json("$.sources[0].accordingTo.slug")).isEqualTo("ru-ministry-of-foreign-affairs");
		assertThat(created.<String>json("$.sources[0].accordingTo.name")).isEqualTo("Ministry of Foreign Affairs of Russia");
		assertThat(sentBack.status()).isEqualTo(200);
		assertThat(sentBack.<String>json("$.sources[0].accordingTo.slug")).isEqualTo("ru-ministry-of-foreign-affairs");
	}

	@Test
	void refusesAnUnknownOrganizationSayingWhereTheyAreListedAndChangesNothing() {
		long citations = this.jdbc.sql("select count(*) from citation").query(Long.class).single();

		Api.Response refused = this.api.write("POST", "/api/v1/meetings", meeting("{\"slug\": \"no-such-agency\"}"),
				Api.EDITOR, null);
		Api.Response organizations = this.api.get("/api/v1/organizations?kind=news_agency");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("sources[0].accordingTo");
		assertThat(refused.<String>json("$.errors[0].message")).contains("/api/v1/organizations");
		assertThat(organizations.<List<String>>json("$.items[*].slug")).containsExactly("tass", "yonhap");
		assertThat(this.jdbc.sql("select count(*) from citation").query(Long.class).single()).isEqualTo(citations);
	}

}
