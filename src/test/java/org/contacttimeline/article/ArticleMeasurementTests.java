package org.contacttimeline.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurement: the seed's article read by the service, its proposals compared with the contacts the seed curated
 * from it by hand (migrations V3, V24-V29). A seeded contact is found when a proposal has its sides, its dates (days
 * and precision) and its status; a delegation's own visit meeting (CAMEO 042, of the delegation) is found by the
 * proposal of that visit. Writes the figures to {@code target/article-measurement.md}.
 */
@ApiTest
@RestoresSeed(withoutArticles = true)
class ArticleMeasurementTests {

	private static final String HEADLINE = "N. Korea believed to be desperate to win Russia's support";

	@Autowired
	Api api;

	/** A contact, seeded or proposed, as the measurement compares it. */
	record Contact(String type, String slug, String start, String end, String precision, String status,
			Set<String> sides, Set<String> people, String kind, String delegation) {

		boolean sameDatesSidesAndStatus(Contact other) {
			return Objects.equals(this.start, other.start) && Objects.equals(this.end, other.end)
					&& this.precision.equals(other.precision) && this.sides.equals(other.sides)
					&& this.status.equals(other.status);
		}

		/** Whether a proposal is this seeded contact: the same type, or the visit of which this is the meeting. */
		boolean proposedAs(Contact proposal) {
			boolean type = this.type.equals(proposal.type) || ("meeting".equals(this.type)
					&& "delegation".equals(proposal.type) && "042".equals(this.kind) && this.delegation != null);
			return type && sameDatesSidesAndStatus(proposal);
		}

		boolean samePeopleAndSides(Contact other) {
			return this.sides.equals(other.sides) && this.people.equals(other.people);
		}

	}

	@Test
	void findsTheSeedsContactsInItsArticleWithTheirDatesSidesAndPeopleAndQuotesOnlyItsWords() throws Exception {
		String text = ArticleFixtures.text(ArticleFixtures.SEED);

		Api.Response posted = ArticleFixtures.post(this.api, ArticleFixtures.seedArticle());

		assertThat(posted.status()).isEqualTo(201);
		List<Contact> seeded = seeded();
		List<Contact> proposed = proposed(posted.body());
		List<String> quotes = quotes(posted.body());

		List<String> rows = new ArrayList<>();
		int found = 0;
		int withPeople = 0;
		int withoutTheirDates = 0;
		for (Contact contact : seeded) {
			// of the proposals with its dates, sides and status, one with its people if there is one
			Contact match = proposed.stream().filter(contact::proposedAs)
				.min(java.util.Comparator.comparing((Contact p) -> !p.people().equals(contact.people()))).orElse(null);
			Contact likeIt = proposed.stream().filter(contact::samePeopleAndSides).findFirst().orElse(null);
			boolean people = match != null && match.people().equals(contact.people());
			found += (match != null) ? 1 : 0;
			withPeople += people ? 1 : 0;
			withoutTheirDates += (match == null && likeIt != null) ? 1 : 0;
			rows.add("| " + contact.slug() + " | " + (match != null ? "yes" : likeIt != null ? "its sides and people, "
					+ "undated: the article gives no date" : "no") + " | " + (people || (match == null && likeIt != null)
							? "yes" : "no") + " |");
		}
		long matchingNothing = proposed.stream()
			.filter((p) -> seeded.stream().noneMatch((s) -> s.proposedAs(p) || s.samePeopleAndSides(p)))
			.count();
		long matchingNoSeededDates = proposed.stream().filter((p) -> seeded.stream().noneMatch((s) -> s.proposedAs(p)))
			.count();
		List<String> notVerbatim = quotes.stream().filter((quote) -> !text.contains(quote)).toList();
		List<String> states = JsonPath.read(posted.body(), "$.proposals[*].state");

		String report = String.join("\n", List.of("| seeded contact | proposed with its dates, sides and status | and its people |",
				"| --- | --- | --- |", String.join("\n", rows), "",
				"| figure | value |", "| --- | ---: |",
				"| contacts the seed curated from the article | " + seeded.size() + " |",
				"| proposals | " + proposed.size() + " |",
				"| seeded contacts proposed with their dates, sides and status | " + found + " |",
				"| ... and exactly their people | " + withPeople + " |",
				"| seeded contacts proposed with their sides and people but not their dates | " + withoutTheirDates + " |",
				"| proposals that match no seeded contact | " + matchingNothing + " |",
				"| proposals that match no seeded contact's dates | " + matchingNoSeededDates + " |",
				"| proposals corroborating a seeded contact (the candidates' rule) | "
						+ states.stream().filter("corroborating"::equals).count() + " |",
				"| quotes checked | " + quotes.size() + " |", "| quotes not verbatim | " + notVerbatim.size() + " |", ""));
		Files.writeString(Path.of("target", "article-measurement.md"), report);
		System.out.println(report);

		assertThat(seeded).hasSize(12);
		assertThat(found).as("seeded contacts found with their dates and sides").isGreaterThanOrEqualTo(8);
		assertThat(matchingNothing).as("proposals that match nothing").isLessThanOrEqualTo(2);
		assertThat(notVerbatim).as("quotes that are not the article's words").isEmpty();
		assertThat(quotes).hasSizeGreaterThan(100);
		// today's figures, so that a change that loses one is seen
		assertThat(found).isEqualTo(11);
		assertThat(withPeople).isEqualTo(11);
		assertThat(matchingNothing).isZero();
	}

	/** The contacts the seed curated from the article, as the timeline shows them. */
	private List<Contact> seeded() {
		String page = this.api.get("/api/v1/timeline?limit=500").body();
		List<Map<String, Object>> entries = JsonPath.read(page, "$.items[?(@.sources[?(@.headline == '" + HEADLINE.replace("'",
				"\\'") + "')])]");
		List<Contact> contacts = new ArrayList<>();
		for (Map<String, Object> entry : entries) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> people = (List<Map<String, Object>>) entry.get("participants");
			@SuppressWarnings("unchecked")
			Map<String, Object> kind = (Map<String, Object>) entry.get("kind");
			@SuppressWarnings("unchecked")
			Map<String, Object> delegation = (Map<String, Object>) entry.get("delegation");
			@SuppressWarnings("unchecked")
			List<String> countries = (List<String>) entry.get("countries");
			contacts.add(new Contact((String) entry.get("type"), (String) entry.get("slug"), (String) entry.get("startDate"),
					(String) entry.get("endDate"), (String) entry.get("datePrecision"), (String) entry.get("status"),
					new HashSet<>(countries), slugs(people), kind != null ? (String) kind.get("code") : null,
					delegation != null ? (String) delegation.get("slug") : null));
		}
		return contacts;
	}

	private static List<Contact> proposed(String body) {
		List<Map<String, Object>> proposals = JsonPath.read(body, "$.proposals[*].proposal");
		List<Contact> contacts = new ArrayList<>();
		for (Map<String, Object> p : proposals) {
			Map<String, Object> date = JsonPath.read(p, "$.date");
			List<String> sides = JsonPath.read(p, "$.countries[*].code");
			List<Map<String, Object>> people = JsonPath.read(p, "$.participants[*].official");
			contacts.add(new Contact((String) p.get("type"), (String) p.get("title"), (String) date.get("startDate"),
					(String) date.get("endDate"), (String) date.get("precision"), JsonPath.read(p, "$.status.value"),
					new HashSet<>(sides), slugs(people), JsonPath.read(p, "$.kind.code"), null));
		}
		return contacts;
	}

	private static Set<String> slugs(List<Map<String, Object>> people) {
		Set<String> slugs = new HashSet<>();
		for (Map<String, Object> person : people) {
			if (person != null && person.get("slug") != null) {
				slugs.add((String) person.get("slug"));
			}
		}
		return slugs;
	}

	/** Every quote of every proposal: the sentences and each field's words. */
	static List<String> quotes(String body) {
		List<String> quotes = new ArrayList<>();
		for (String path : List.of("$.proposals[*].proposal.quotes[*]", "$.proposals[*].proposal..quote",
				"$.proposals[*].proposal..venueQuote", "$.proposals[*].proposal.participants[*].name",
				"$.proposals[*].proposal.participants[*].role", "$.proposals[*].proposal.reportedBy[*].name")) {
			List<Object> found = JsonPath.read(body, path);
			found.stream().filter(Objects::nonNull).map(Object::toString).forEach(quotes::add);
		}
		return quotes;
	}

}
