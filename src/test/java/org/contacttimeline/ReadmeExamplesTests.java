package org.contacttimeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read the README shows with curl works as written against a freshly seeded service.
 */
@ApiTest
class ReadmeExamplesTests {

	private static final Pattern CURL_GET = Pattern.compile("^curl '?http://localhost:8080(/api/v1/[^'$ ]*)'?$");

	@Autowired
	Api api;

	@Test
	void everyCurlReadInTheReadmeAnswersAsTheReadmeSays() throws IOException {
		List<String> paths = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("README.md"))) {
			Matcher matcher = CURL_GET.matcher(line.strip());
			if (matcher.matches()) {
				paths.add(matcher.group(1));
			}
		}

		assertThat(paths).hasSizeGreaterThanOrEqualTo(8);
		for (String path : paths) {
			Api.Response response = this.api.get(path);
			if (path.contains("date=2019-3-5")) {
				assertThat(response.status()).as(path).isEqualTo(400);
				assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("date", "country");
			}
			else {
				assertThat(response.status()).as(path).isEqualTo(200);
			}
		}
	}

	@Test
	void theReadmeAnswersToTheFirstQuestionsHold() {
		assertThat(this.api.get("/api/v1/meetings?date=2019-03-05").<List<String>>json("$.items[*].participants[*].slug"))
			.containsExactly("kim-yong-jae", "alexander-kozlov", "han-man-hyok");
		assertThat(this.api.get("/api/v1/meetings?country=KP&country=RU").<List<String>>json("$.items[*].slug"))
			.hasSize(6)
			.doesNotContain("us-north-korea-summit-hanoi-2019-02-27")
			.last()
			.isEqualTo("kim-jong-un-vladimir-putin-summit-in-moscow");
	}

}
