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
 * Every read the README and the documents in {@code src/docs} show with curl works as written against a freshly
 * seeded service: plain, with {@code -OJ} or {@code -s}, with an {@code Accept} header, or written to a file.
 */
@ApiTest
class ReadmeExamplesTests {

	private static final Pattern CURL_GET = Pattern.compile(
			"^curl((?: -OJ| -s| -H 'Accept: [^']+')*) '?http://localhost:8080(/api/v1/[^'$ ]*)'?(?: > \\S+)?(?: +#.*)?$");

	private static final Pattern ACCEPT = Pattern.compile("-H 'Accept: ([^']+)'");

	private static final Pattern CURL_WRITE = Pattern.compile(
			"^curl -u analyst:choose-a-password -X (POST|PUT) http://localhost:8080(/api/v1/\\S+) .*-d '(.*)'$",
			Pattern.DOTALL);

	@Autowired
	Api api;

	@Autowired
	Seed seed;

	@Test
	void everyCurlReadInTheDocumentsAnswersAsTheySay() throws IOException {
		List<String[]> reads = new ArrayList<>();
		for (Path document : documents()) {
			for (String line : Files.readAllLines(document)) {
				Matcher matcher = CURL_GET.matcher(line.strip());
				if (matcher.matches()) {
					Matcher accept = ACCEPT.matcher(matcher.group(1));
					reads.add(new String[] { matcher.group(2), accept.find() ? accept.group(1) : null });
				}
			}
		}

		assertThat(reads).hasSizeGreaterThanOrEqualTo(30);
		for (String[] read : reads) {
			String path = read[0];
			Api.Response response = (read[1] != null) ? this.api.send(java.net.http.HttpRequest.newBuilder(this.api.uri(path))
				.header("Accept", read[1]).GET().build()) : this.api.get(path);
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
	void everyJsonWriteInTheDocumentsIsAcceptedAsWritten() throws IOException {
		List<String[]> writes = new ArrayList<>();
		for (Path document : documents()) {
			List<String> lines = Files.readAllLines(document);
			for (int i = 0; i < lines.size(); i++) {
				if (!lines.get(i).strip().startsWith("curl -u")) {
					continue;
				}
				// a command goes on while a line ends with a backslash or a quote is still open
				StringBuilder command = new StringBuilder(lines.get(i).strip());
				while (i + 1 < lines.size() && (command.toString().endsWith("\\")
						|| command.chars().filter((c) -> c == '\'').count() % 2 == 1)) {
					if (command.toString().endsWith("\\")) {
						command.setLength(command.length() - 1);
					}
					command.append(' ').append(lines.get(++i).strip());
				}
				Matcher matcher = CURL_WRITE.matcher(command.toString());
				// a candidate's review needs the import or article of the commands before it (CandidateReviewTests,
				// ArticleApiTests); every other write stands alone on the seed
				if (matcher.matches() && !matcher.group(2).startsWith("/api/v1/candidates/")) {
					writes.add(new String[] { document + ":" + (i + 1), matcher.group(1), matcher.group(2), matcher.group(3) });
				}
			}
		}

		assertThat(writes).as("the JSON writes the documents show").hasSizeGreaterThanOrEqualTo(4);
		for (String[] write : writes) {
			try {
				Api.Response response = this.api.write(write[1], write[2], write[3], Api.EDITOR, null);

				assertThat(response.status()).as("%s %s %s (%s)", write[0], write[1], write[2], response.body())
					.isBetween(200, 201);
			}
			finally {
				this.seed.restoreWithoutArticles();
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

	private static List<Path> documents() throws IOException {
		List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
		try (var docs = Files.list(Path.of("src", "docs"))) {
			docs.filter((doc) -> doc.toString().endsWith(".md")).sorted().forEach(documents::add);
		}
		return documents;
	}

}
