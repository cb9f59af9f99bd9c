package org.contacttimeline.article;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An article to read for the contacts it reports: its text and what a citation of it says.
 *
 * @param text the article's words, plain text (a page's text as copied will do: lines that report nothing are
 * passed over)
 * @param publishedOn the day it was published: the text's relative dates ("on Monday", "last month", a day without
 * its year) are read from it
 */
record ArticleRequest(
		@NotBlank(message = "is required: the article's text, with at least one sentence") @Size(max = 100_000, message = "is longer than 100000 characters; post one article at a time") String text,
		@NotBlank(message = "is required: who published the article, as a citation names it") @Size(max = 300) String publisher,
		@Size(max = 500) String headline,
		@Size(max = 300) String author,
		@NotNull(message = "is required: the day the article was published (yyyy-MM-dd), from which its relative dates are read") @PastOrPresent LocalDate publishedOn,
		@Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url) {
}
