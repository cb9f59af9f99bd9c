package org.contacttimeline.article;

import java.nio.file.Files;
import java.nio.file.Path;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class ArticleSmokeTests {

	@Autowired
	Api api;

	@Test
	void smoke() throws Exception {
		String text = Files.readString(Path.of("src/test/resources/article/korea-times-2019-03-nk-russia.txt"));
		String body = new tools.jackson.databind.json.JsonMapper().writeValueAsString(java.util.Map.of("text", text,
				"publisher", "The Korea Times", "headline", "N. Korea believed to be desperate to win Russia's support",
				"author", "Yi Whan-woo", "publishedOn", "2019-03-17"));
		Api.Response r = this.api.write("POST", "/api/v1/articles", body, Api.EDITOR, null);
		System.out.println("STATUS " + r.status());
		System.out.println(r.body());
		Files.writeString(Path.of("target/smoke.json"), r.body());
	}

}
