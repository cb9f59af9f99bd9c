package org.contacttimeline.page;

import java.net.http.HttpRequest;
import java.util.regex.Pattern;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's headers: the same strict Content-Security-Policy as ever, nothing named from another host, a favicon,
 * and caching that lets a browser keep the page for Back and Forward (revalidated, never no-store).
 */
@ApiTest
class PageHeadersTests {

	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Autowired
	Api api;

	@Test
	void servesThePageUnderTheSamePolicyAndNothingFromAnotherHost() {
		Api.Response page = page("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy")).isEqualTo(POLICY);
		assertThat(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page.body()).find()).isFalse();
		assertThat(page("/js/network.js").body()).contains("'/vendor/d3/'").doesNotContain("http://", "https://");
		assertThat(page("/vendor/d3/d3-force.min.js").body()).startsWith("// https://d3js.org/d3-force/ v3.0.1");
	}

	@Test
	void letsBrowsersKeepThePageForBackAndForward() {
		for (String path : new String[] { "/", "/app.css", "/js/main.js" }) {
			Api.Response file = page(path);

			assertThat(file.header("Cache-Control")).as(path).isEqualTo("no-cache");
			assertThat(file.header("Last-Modified")).as(path).isNotNull();
		}
	}

	@Test
	void servesAFavicon() {
		assertThat(page("/favicon.ico").status()).isEqualTo(200);
		assertThat(page("/favicon.svg").header("Content-Type")).startsWith("image/svg+xml");
	}

	private Api.Response page(String path) {
		return this.api.send(HttpRequest.newBuilder(this.api.uri(path)).build());
	}

}
