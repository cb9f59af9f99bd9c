package org.contacttimeline.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article's text for the contacts it reports: sentences, then in each the people, dates and first
 * reporters it names and the contacts its clauses report, then the contacts put together across sentences (see
 * {@link Assembly}) and written as proposals. Reads no database but through {@link Names}. A "sentence" of more than
 * {@value #LONGEST} characters is no sentence of news prose (a table, a list run together) and is not read.
 */
final class ArticleReader {

	static final int LONGEST = 2_000;

	private final Names names;

	ArticleReader(Names names) {
		this.names = names;
	}

	List<Proposal> read(String text, LocalDate published) {
		List<Sentence> all = Sentences.of(text);
		List<Sentence> sentences = all.stream().filter((s) -> s.text().length() <= LONGEST).toList();
		Gazetteer gazetteer = new Gazetteer(text);
		People people = new People(this.names, gazetteer);
		people.learn(sentences);
		DateExpressions dates = new DateExpressions(published);
		ClaimFinder finder = new ClaimFinder(gazetteer, published);
		List<Claim> claims = new ArrayList<>();
		List<ReportingVerbs.Reporter> credits = credits(all);
		List<ReportingVerbs.Reporter> named = new ArrayList<>();
		for (Sentence sentence : sentences) {
			List<ReportingVerbs.Reporter> reporters = new ArrayList<>();
			for (ReportingVerbs.Reporter reporter : ReportingVerbs.in(sentence)) {
				reporters.add(ReportingVerbs.earlier(reporter, named));
				named.add(reporter);
			}
			ReportingVerbs.Reporter credit = credits.get(sentence.index());
			if (credit != null) {
				reporters.add(credit);
			}
			boolean future = StatusRules.PLANNED.find(sentence.plain(), 0, sentence.plain().length()) >= 0
					|| StatusRules.SPECULATED.find(sentence.plain(), 0, sentence.plain().length()) >= 0;
			claims.addAll(finder.in(sentence, people.in(sentence), dates.in(sentence.plain(), future), reporters));
		}
		return new Proposals(this.names).of(Assembly.of(claims));
	}

	/** A photo caption's credit ("/ Yonhap") for each sentence of the caption before it, by sentence. */
	private static List<ReportingVerbs.Reporter> credits(List<Sentence> sentences) {
		List<ReportingVerbs.Reporter> credits = new ArrayList<>();
		sentences.forEach((s) -> credits.add(null));
		int from = 0;
		for (Sentence sentence : sentences) {
			ReportingVerbs.Reporter credit = ReportingVerbs.credit(sentence);
			if (credit != null) {
				for (int i = from; i < sentence.index(); i++) {
					if (sentences.get(i).lead()) {
						credits.set(i, credit);
					}
				}
				from = sentence.index() + 1;
			}
		}
		return credits;
	}

}
