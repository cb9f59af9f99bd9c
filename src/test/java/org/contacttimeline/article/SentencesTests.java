package org.contacttimeline.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences as ICU's BreakIterator cuts them, with the abbreviations of news English kept whole. */
class SentencesTests {

	@Test
	void keepsNewsAbbreviationsInsideTheirSentence() {
		String text = "The collapse of talks between U.S. President Donald Trump and N. Korean leader Kim Jong-un. "
				+ "Choe is in Russia from Nov. 17 to 22. It did not elaborate further.";

		List<String> sentences = Sentences.of(text).stream().map(Sentence::text).toList();

		assertThat(sentences).containsExactly(
				"The collapse of talks between U.S. President Donald Trump and N. Korean leader Kim Jong-un.",
				"Choe is in Russia from Nov. 17 to 22.", "It did not elaborate further.");
	}

	@Test
	void endsASentenceAtALineBreakReadsARepeatedCaptionOnceAndMarksWhatComesBeforeTheByline() {
		String text = "Headline of the story\n\nA caption, March 14.\nA caption, March 14.\n/ Yonhap\n\nBy Yi Whan-woo\n\n"
				+ "The story begins.";

		List<Sentence> sentences = Sentences.of(text);

		assertThat(sentences).extracting(Sentence::text).containsExactly("Headline of the story", "A caption, March 14.",
				"/ Yonhap", "By Yi Whan-woo", "The story begins.");
		assertThat(sentences).extracting(Sentence::lead).containsExactly(true, true, true, false, false);
		assertThat(sentences).allSatisfy((s) -> assertThat(text.substring(s.start(), s.start() + s.text().length()))
			.isEqualTo(s.text()));
	}

	@Test
	void readsTypographicQuotesAsPlainOnesWithoutMovingAnyWord() {
		Sentence sentence = Sentences.of("Kim\u2019s \u201cpossible\u201d trip.").get(0);

		assertThat(sentence.plain()).isEqualTo("Kim's \"possible\" trip.");
		assertThat(sentence.plain()).hasSameSizeAs(sentence.text());
	}

}
