package org.contacttimeline.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.contacttimeline.Api;
import tools.jackson.databind.json.JsonMapper;


/** The articles the tests post, and the way back to the seed after them. */
final class ArticleFixtures {

	static final String SEED = "src/test/resources/article/korea-times-2019-03-nk-russia.txt";

	static final String SECOND = "src/test/resources/article/example-herald-2019-11-choe-lavrov.txt";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ArticleFixtures() {
	}

	static String text(String path) {
		try {
			return Files.readString(Path.of(path), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The seed's article as The Korea Times published it (the seed records no day: the text dates it to March 16-21). */
	static String seedArticle() {
		return json(text(SEED), "The Korea Times", "N. Korea believed to be desperate to win Russia's support",
				"Yi Whan-woo", "2019-03-17", null);
	}

	/** A report of our own writing, in the same style, about another contact. */
	static String secondArticle() {
		return json(text(SECOND), "Example Herald", "N. Korea's Choe Son-hui holds talks with Lavrov in Moscow",
				"Kim Ha-na", "2019-11-20", "https://example.org/2019/11/20/choe-lavrov");
	}

	static String json(String text, String publisher, String headline, String author, String publishedOn, String url) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text", text);
		body.put("publisher", publisher);
		body.put("headline", headline);
		body.put("author", author);
		body.put("publishedOn", publishedOn);
		body.put("url", url);
		return JSON.writeValueAsString(body);
	}

	static Api.Response post(Api api, String body) {
		return api.write("POST", "/api/v1/articles", body, Api.EDITOR, null);
	}

}
