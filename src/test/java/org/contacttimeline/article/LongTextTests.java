package org.contacttimeline.article;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The longest text an article may be read in bounded time, however many names and contacts it holds. */
class LongTextTests {

	@Test
	void readsTheLongestArticleOfManyContactsInAFewSeconds() {
		Random random = new Random(7);
		StringBuilder text = new StringBuilder();
		while (text.length() < 99_000) {
			text.append("North Korean Minister ").append(name(random)).append(" met Russian Minister ").append(name(random)).append(" in Moscow on March ")
				.append(1 + random.nextInt(28)).append(", KCNA said.\n");
		}

		assertThatCode(() -> assertThat(new ArticleReader(new SeedNames()).read(text.toString(), LocalDate.of(2019, 3, 31)))
			.isNotEmpty()).doesNotThrowAnyException();
		long started = System.nanoTime();
		new ArticleReader(new SeedNames()).read(text.toString(), LocalDate.of(2019, 3, 31));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	private static String name(Random random) {
		return "Ka" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)) + " Le"
				+ (char) ('a' + random.nextInt(26)) + "ov";
	}

}
