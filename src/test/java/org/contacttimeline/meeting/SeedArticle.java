package org.contacttimeline.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Korea Times article of March 2019 that the seed was curated from, read once; a checkout without a copy of it
 * (beside the project, in {@code shared/seed}) checks no quote against it.
 */
final class SeedArticle {

	private static final Path FILE = Path.of("..", "shared", "seed", "article-nk-russia-march-2019.txt");

	private static final String TEXT = read();

	private SeedArticle() {
	}

	/** Fails unless the quote stands in the article word for word, where a copy of the article is at hand. */
	static void assertVerbatim(String quote) {
		if (TEXT != null) {
			assertThat(TEXT).as("the article quoted verbatim").contains(quote);
		}
	}

	private static String read() {
		try {
			return Files.isReadable(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
