package org.contacttimeline.delegation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.IfMatch;
import org.contacttimeline.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contacttimeline.Seed.ARTICLE;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Creating, replacing and deleting delegations over HTTP as an editor would, and every way a write is refused
 * without changing anything. Every test writes delegations of its own and deletes them again, since all test
 * classes share one database.
 */
@ApiTest
class DelegationWriteTests {

	private static final String SEEDED = "russian-senators-north-korea-2019-03";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private final List<String> created = new ArrayList<>();

	@AfterEach
	void deleteWhatTheTestCreated() {
		for (String slug : this.created) {
			Api.Response current = this.api.get("/api/v1/delegations/" + slug);
			if (current.status() == 200) {
				delete(slug, current.header("ETag"));
			}
		}
	}

	@Test
	void refusesAnonymousAndWrongPasswordWritesWithoutChangingAnything() {
		List<Long> before = counts();
		String seeded = this.api.get("/api/v1/delegations/" + SEEDED).body();
		String body = json(delegation("refused-delegation-2021-05-10"));

		List<Api.Response> answers = List.of(
				this.api.write("POST", "/api/v1/delegations", body, null, null),
				this.api.write("POST", "/api/v1/delegations", body, Api.basic("editor", "wrong-password"), null),
				this.api.write("PUT", "/api/v1/delegations/" + SEEDED, body, null, "\"0\""),
				this.api.write("PUT", "/api/v1/delegations/" + SEEDED, body, Api.basic("editor", "wrong-password"), "\"0\""),
				this.api.write("DELETE", "/api/v1/delegations/" + SEEDED, null, null, "\"0\""),
				this.api.write("DELETE", "/api/v1/delegations/" + SEEDED, null, Api.basic("nobody", "editor-password"), "\"0\""));

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		});
		assertThat(counts()).isEqualTo(before);
		assertThat(this.api.get("/api/v1/delegations/" + SEEDED).body()).isEqualTo(seeded);
		assertThat(this.api.get("/api/v1/delegations/refused-delegation-2021-05-10").status()).isEqualTo(404);
	}

	@Test
	void createsADelegationAndShowsItAsGetDoes() {
		Api.Response response = create(delegation("trade-mission-to-vietnam-2021-05-10"));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.header("Location"))
			.isEqualTo(this.api.base() + "/api/v1/delegations/trade-mission-to-vietnam-2021-05-10");
		assertThat(response.header("ETag")).isEqualTo("\"0\"");
		Api.Response read = this.api.get(response.header("Location"));
		assertThat(read.header("ETag")).isEqualTo(response.header("ETag"));
		assertThat(JSON.readTree(read.body())).isEqualTo(JSON.readTree(response.body()));
		response.assertJson("$", """
				{"name": "Chinese trade mission to Vietnam", "sendingCountry": "CN", "hostCountry": "VN",
				 "head": {"slug": "igor-morgulov", "role": "Head of the mission"},
				 "members": [{"slug": "igor-morgulov", "role": "Head of the mission"}, {"slug": "im-chon-il", "role": "Observer"}],
				 "startDate": "2021-05-10", "endDate": "2021-05-14", "datePrecision": "day",
				 "reportedDates": [{"startDate": "2021-05-10", "endDate": "2021-05-14", "publisher": "The Korea Times"},
				                   {"startDate": "2021-05-09", "endDate": "2021-05-09", "publisher": "The Korea Times"}],
				 "purpose": "Trade talks"}""");
		assertThat(response.<String>json("$.sources[0].publisher")).isEqualTo("The Korea Times");
		assertThat(response.<String>json("$.sources[0].quote")).isEqualTo("The mission arrived on May 10.");
		assertThat(read.<List<Object>>json("$.meetings")).isEmpty();
	}

	@Test
	void generatesTheSlugFromNameAndStartDateAndAcceptsCodesAndHeadInAnyForm() {
		Map<String, Object> body = delegation(null);
		body.put("name", "Délégation de l'Élysée à Hanoï");
		body.put("sendingCountry", "fra");
		body.put("hostCountry", "Vnm");
		body.put("head", "im-chon-il");
		body.put("members", List.of(Map.of("official", "igor-morgulov", "role", "Delegate")));
		body.remove("endDate");

		Api.Response response = create(body);

		assertThat(response.status()).isEqualTo(201);
		response.assertJson("$", """
				{"slug": "delegation-de-lelysee-a-hanoi-2021-05-10", "sendingCountry": "FR", "hostCountry": "VN",
				 "head": {"slug": "im-chon-il", "role": "Head"}, "endDate": "2021-05-10"}""");
	}

	@Test
	void replacesADelegationWholeAndChangesItsETag() {
		Api.Response created = create(delegation("replaced-delegation-2021-05-10"));
		Map<String, Object> body = delegation("renamed-delegation-2021-06-01");
		body.put("name", "Renamed delegation");
		body.put("startDate", "2021-06-01");
		body.put("endDate", "2021-06-30");
		body.put("datePrecision", "month");
		body.put("head", Map.of("slug", "im-chon-il"));
		body.put("members", List.of(Map.of("slug", "im-chon-il", "role", "Leader"),
				Map.of("official", "kim-yong-jae", "role", "Delegate")));
		body.put("reportedDates", List.of(Map.of("startDate", "2021-06-02", "source", ARTICLE, "quote", "On June 2.")));
		body.put("purpose", null);
		body.put("sources", List.of(
				Map.of("publisher", "Test Wire", "headline", "Delegation renamed " + System.nanoTime(),
						"quote", "It was renamed.", "claim", "name"),
				Map.of("source", ARTICLE, "quote", "The mission arrived on May 10.")));
		this.created.add("renamed-delegation-2021-06-01");

		Api.Response replaced = put("replaced-delegation-2021-05-10", created.header("ETag"), body);

		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.header("ETag")).isNotEqualTo(created.header("ETag"));
		assertThat(this.api.get("/api/v1/delegations/replaced-delegation-2021-05-10").status()).isEqualTo(404);
		Api.Response read = this.api.get("/api/v1/delegations/renamed-delegation-2021-06-01");
		assertThat(read.header("ETag")).isEqualTo(replaced.header("ETag"));
		assertThat(read.<String>json("$.name")).isEqualTo("Renamed delegation");
		assertThat(read.<String>json("$.datePrecision")).isEqualTo("month");
		assertThat(read.<String>json("$.head.role")).isEqualTo("Leader");
		assertThat(read.<List<String>>json("$.members[*].slug")).containsExactly("im-chon-il", "kim-yong-jae");
		assertThat(read.<List<String>>json("$.reportedDates[*].endDate")).containsExactly("2021-06-02");
		assertThat(read.<Object>json("$.purpose")).isNull();
		assertThat(read.<List<String>>json("$.sources[*].publisher")).containsExactly("Test Wire", "The Korea Times");
		assertThat(read.<List<String>>json("$.sources[*].claim")).containsExactly("name", null);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("partialChanges")
	void makesANewVersionWhenOnlyAPartOfTheDelegationChanges(String description, Consumer<Map<String, Object>> change,
			String path, Object expected) {
		String slug = "partly-changed-delegation-2021-05-10";
		Api.Response created = create(delegation(slug));
		Map<String, Object> body = delegation(slug);
		change.accept(body);

		Api.Response replaced = put(slug, created.header("ETag"), body);

		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.<Object>json(path)).isEqualTo(expected);
		assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
		assertThat(this.api.get("/api/v1/delegations/" + slug).header("ETag")).isEqualTo("\"1\"");
	}

	static Stream<Arguments> partialChanges() {
		return Stream.of(
				arguments("name", (Consumer<Map<String, Object>>) (body) -> body.put("name", "Renamed"), "$.name", "Renamed"),
				arguments("a member's role", (Consumer<Map<String, Object>>) (body) -> body.put("members",
						List.of(Map.of("official", "igor-morgulov", "role", "Head of the mission"),
								Map.of("official", "im-chon-il", "role", "Adviser"))),
						"$.members[1].role", "Adviser"),
				arguments("the members", (Consumer<Map<String, Object>>) (body) -> body.put("members",
						List.of(Map.of("official", "igor-morgulov", "role", "Head of the mission"))),
						"$.members.length()", 1),
				arguments("the reported dates", (Consumer<Map<String, Object>>) (body) -> body.put("reportedDates",
						List.of(Map.of("startDate", "2021-05-11", "source", ARTICLE, "quote", "From May 11."))),
						"$.reportedDates[0].startDate", "2021-05-11"),
				arguments("a quote", (Consumer<Map<String, Object>>) (body) -> body.put("sources",
						List.of(Map.of("source", ARTICLE, "quote", "Another quote."))),
						"$.sources[0].quote", "Another quote."));
	}

	@Test
	void letsConcurrentEditorsOfOneDelegationTakeTurns() throws Exception {
		Api.Response created = create(delegation("raced-delegation-2021-05-10"));
		List<Callable<Api.Response>> writes = new ArrayList<>();
		for (String member : List.of("kim-yong-jae", "han-man-hyok")) {
			Map<String, Object> body = delegation("raced-delegation-2021-05-10");
			body.put("name", "Race won by " + member);
			body.put("members", List.of(Map.of("official", member, "role", "Delegate")));
			writes.add(() -> put("raced-delegation-2021-05-10", created.header("ETag"), body));
		}

		List<Integer> statuses = Race.statuses(writes);

		assertThat(statuses).containsExactlyInAnyOrder(200, 412);
		Api.Response after = this.api.get("/api/v1/delegations/raced-delegation-2021-05-10");
		assertThat(after.header("ETag")).isEqualTo("\"1\"");
		String winner = after.json("$.name");
		assertThat(after.<List<String>>json("$.members[*].slug")).containsExactly(winner.substring("Race won by ".length()));
	}

	@Test
	void takesBackWhatItShowsUnchanged() {
		create(delegation("round-trip-delegation-2021-05-10"));
		Api.Response read = this.api.get("/api/v1/delegations/round-trip-delegation-2021-05-10");
		List<Long> before = counts();
		long revisions = revisionCount();

		Api.Response replaced = this.api.write("PUT", "/api/v1/delegations/round-trip-delegation-2021-05-10",
				read.body(), Api.EDITOR, read.header("ETag"));

		assertThat(replaced.status()).isEqualTo(200);
		assertThat(withoutMeetings(this.api.get("/api/v1/delegations/round-trip-delegation-2021-05-10").body()))
			.isEqualTo(withoutMeetings(read.body()));
		assertThat(counts()).isEqualTo(before);
		// no child row was deleted and written again: at most the delegation row itself is recorded as updated
		assertThat(revisionCount()).isLessThanOrEqualTo(revisions + 1);
	}

	@Test
	void deletesADelegationAndKeepsItsMeetings() {
		create(delegation("delegation-with-a-meeting-2021-05-10"));
		Api.Response meeting = this.api.write("POST", "/api/v1/meetings",
				json(meeting("delegation-with-a-meeting-2021-05-10")), Api.EDITOR, null);
		assertThat(meeting.status()).isEqualTo(201);
		String meetingSlug = meeting.json("$.slug");
		try {
			Api.Response read = this.api.get("/api/v1/delegations/delegation-with-a-meeting-2021-05-10");
			assertThat(read.<List<String>>json("$.meetings[*].slug")).containsExactly(meetingSlug);
			// the meetings a GET shows are read-only: sent back, they are ignored
			assertThat(this.api.write("PUT", "/api/v1/delegations/delegation-with-a-meeting-2021-05-10", read.body(),
					Api.EDITOR, read.header("ETag")).status()).isEqualTo(200);
			String etag = this.api.get("/api/v1/delegations/delegation-with-a-meeting-2021-05-10").header("ETag");

			Api.Response deleted = delete("delegation-with-a-meeting-2021-05-10", etag);

			assertThat(deleted.status()).isEqualTo(204);
			assertThat(this.api.get("/api/v1/delegations/delegation-with-a-meeting-2021-05-10").status()).isEqualTo(404);
			Api.Response kept = this.api.get("/api/v1/meetings/" + meetingSlug);
			assertThat(kept.status()).isEqualTo(200);
			assertThat(kept.<Object>json("$.delegation")).isNull();
			assertThat(kept.header("ETag")).isNotEqualTo(meeting.header("ETag"));
			Api.Response history = this.api.get("/api/v1/meetings/" + meetingSlug + "/revisions");
			assertThat(history.<String>json("$.items[0].change")).isEqualTo("updated");
			assertThat(history.<Object>json("$.items[0].state.delegation")).isNull();
		}
		finally {
			Api.Response current = this.api.get("/api/v1/meetings/" + meetingSlug);
			assertThat(this.api.write("DELETE", "/api/v1/meetings/" + meetingSlug, null, Api.EDITOR,
					current.header("ETag")).status()).isEqualTo(204);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidDelegations")
	void refusesAnInvalidDelegationWithAProblemNamingTheFieldAndChangesNothing(String description, String body,
			int status, String field) {
		List<Long> before = counts();

		Api.Response response = this.api.write("POST", "/api/v1/delegations", body, Api.EDITOR, null);

		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.<List<String>>json("$.errors[*].field")).contains(field);
		assertThat(response.<String>json("$.detail")).isNotBlank();
		assertThat(counts()).isEqualTo(before);
		assertThat(this.api.get("/api/v1/delegations/invalid-delegation-2021-05-10").status()).isEqualTo(404);
	}

	static Stream<Arguments> invalidDelegations() {
		return Stream.of(
				invalid("blank name", (body) -> body.put("name", " "), 400, "name"),
				invalid("oversized name", (body) -> body.put("name", "x".repeat(301)), 400, "name"),
				invalid("oversized purpose", (body) -> body.put("purpose", "x".repeat(5001)), 400, "purpose"),
				invalid("missing sources", (body) -> body.remove("sources"), 400, "sources"),
				invalid("empty sources", (body) -> body.put("sources", List.of()), 400, "sources"),
				invalid("source without quote", (body) -> body.put("sources", List.of(Map.of("source", ARTICLE))), 400,
						"sources[0].quote"),
				invalid("missing sending country", (body) -> body.remove("sendingCountry"), 400, "sendingCountry"),
				// no position of Im Chon-il is known to cover the visit's dates, so no role can be taken from one
				invalid("member without role", (body) -> body.put("members", List.of(Map.of("official", "im-chon-il"))),
						422, "members[0].role"),
				invalid("unknown precision", (body) -> body.put("datePrecision", "week"), 400, "datePrecision"),
				invalid("malformed slug", (body) -> body.put("slug", "Not A Slug"), 400, "slug"),
				invalid("impossible date", (body) -> body.put("startDate", "2021-02-30"), 400, "startDate"),
				invalid("end before start", (body) -> body.put("endDate", "2021-05-01"), 422, "endDate"),
				invalid("unknown sending country", (body) -> body.put("sendingCountry", "XX"), 422, "sendingCountry"),
				invalid("unknown host country", (body) -> body.put("hostCountry", "ZZZ"), 422, "hostCountry"),
				invalid("unknown member", (body) -> body.put("members", List.of(Map.of("official", "no-such-official", "role", "Delegate"))),
						422, "members[0].official"),
				invalid("member twice", (body) -> body.put("members", List.of(Map.of("official", "im-chon-il", "role", "Delegate"),
						Map.of("slug", "im-chon-il", "role", "Delegate"))), 422, "members[1].official"),
				invalid("unknown head", (body) -> body.put("head", "no-such-official"), 422, "head"),
				invalid("month precision for days", (body) -> body.put("datePrecision", "month"), 422, "datePrecision"),
				invalid("unknown precision with dates", (body) -> body.put("datePrecision", "unknown"), 422, "datePrecision"),
				invalid("unknown source", (body) -> body.put("sources", List.of(Map.of("source", "no-such-source", "quote", "Q"))),
						422, "sources[0].source"),
				invalid("reported dates ending before they start",
						(body) -> body.put("reportedDates", List.of(Map.of("startDate", "2021-05-10", "endDate", "2021-05-09",
								"source", ARTICLE, "quote", "Q"))), 422, "reportedDates[0].endDate"),
				invalid("reported dates of an unknown source",
						(body) -> body.put("reportedDates", List.of(Map.of("startDate", "2021-05-10", "source", "no-such-source",
								"quote", "Q"))), 422, "reportedDates[0].source"),
				arguments("malformed JSON", "{\"slug\": \"invalid-delegation-2021-05-10\", \"name\": ", 400, "body"),
				arguments("not an object", "[1, 2]", 400, "body"),
				invalid("unknown field", (body) -> body.put("colour", "red"), 400, "colour"),
				invalid("members not a list", (body) -> body.put("members", "im-chon-il"), 400, "members"));
	}

	/** A valid body but for one change; it cites a new source, so that a refused write shows it saved none. */
	private static Arguments invalid(String description, Consumer<Map<String, Object>> change, int status,
			String field) {
		Map<String, Object> body = delegation("invalid-delegation-2021-05-10");
		body.put("sources", new ArrayList<>(List.of(Map.of("publisher", "Invalid Wire", "headline",
				"Never stored " + description, "quote", "A quote."))));
		change.accept(body);
		return arguments(description, json(body), status, field);
	}

	@Test
	void refusesADuplicateSlugWithAConflict() {
		create(delegation("duplicated-delegation-2021-05-10"));
		List<Long> before = counts();
		String seeded = this.api.get("/api/v1/delegations/" + SEEDED).body();

		Api.Response duplicate = this.api.write("POST", "/api/v1/delegations",
				json(delegation("duplicated-delegation-2021-05-10")), Api.EDITOR, null);
		Api.Response seededTaken = this.api.write("POST", "/api/v1/delegations", json(delegation(SEEDED)), Api.EDITOR, null);

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.<String>json("$.detail")).contains("duplicated-delegation-2021-05-10");
		assertThat(seededTaken.status()).isEqualTo(409);
		assertThat(counts()).isEqualTo(before);
		assertThat(this.api.get("/api/v1/delegations/" + SEEDED).body()).isEqualTo(seeded);
	}

	@Test
	void refusesAReplacementThatBreaksARuleAndKeepsTheDelegation() {
		Api.Response created = create(delegation("kept-delegation-2021-05-10"));
		List<Long> before = counts();
		Map<String, Object> body = delegation("kept-delegation-2021-05-10");
		body.put("name", "Changed");
		body.put("members", List.of(Map.of("official", "no-such-official", "role", "Delegate")));
		body.put("sources", List.of(Map.of("publisher", "Unsaved Wire", "quote", "Q")));

		Api.Response refused = put("kept-delegation-2021-05-10", created.header("ETag"), body);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("members[0].official");
		assertThat(counts()).isEqualTo(before);
		Api.Response read = this.api.get("/api/v1/delegations/kept-delegation-2021-05-10");
		assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
		assertThat(read.<String>json("$.name")).isEqualTo("Chinese trade mission to Vietnam");
	}

	@Test
	void requiresTheCurrentETagToReplaceOrDelete() {
		Api.Response created = create(delegation("guarded-delegation-2021-05-10"));
		Map<String, Object> body = delegation("guarded-delegation-2021-05-10");
		body.put("name", "Changed");
		assertThat(put("guarded-delegation-2021-05-10", created.header("ETag"), body).status()).isEqualTo(200);
		body.put("name", "Changed again");
		List<Long> before = counts();
		String current = this.api.get("/api/v1/delegations/guarded-delegation-2021-05-10").body();

		Api.Response stalePut = put("guarded-delegation-2021-05-10", created.header("ETag"), body);
		Api.Response missingPut = put("guarded-delegation-2021-05-10", null, body);
		Api.Response staleDelete = delete("guarded-delegation-2021-05-10", created.header("ETag"));
		Api.Response missingDelete = delete("guarded-delegation-2021-05-10", null);

		IfMatch.assertRefused(List.of(stalePut, staleDelete), List.of(missingPut, missingDelete));
		assertThat(stalePut.<String>json("$.detail")).contains("ETag");
		assertThat(counts()).isEqualTo(before);
		assertThat(this.api.get("/api/v1/delegations/guarded-delegation-2021-05-10").body()).isEqualTo(current);
	}

	@Test
	void answers404ForWritesToAnUnknownDelegation() {
		assertThat(put("no-such-delegation", "\"0\"", delegation("no-such-delegation")).status()).isEqualTo(404);
		assertThat(delete("no-such-delegation", "\"0\"").status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/delegations/no-such-delegation/revisions").status()).isEqualTo(404);
	}

	@Test
	void listsTheRevisionsOfADelegationNewestFirstEvenAfterItIsDeleted() {
		Api.Response created = create(delegation("revised-delegation-2021-05-10"));
		Map<String, Object> body = delegation("revised-delegation-2021-05-10");
		body.put("name", "Revised delegation");
		Api.Response replaced = put("revised-delegation-2021-05-10", created.header("ETag"), body);
		assertThat(delete("revised-delegation-2021-05-10", replaced.header("ETag")).status()).isEqualTo(204);

		Api.Response revisions = this.api.get("/api/v1/delegations/revised-delegation-2021-05-10/revisions");

		assertThat(revisions.status()).isEqualTo(200);
		assertThat(revisions.<List<String>>json("$.items[*].change")).containsExactly("deleted", "updated", "created");
		assertThat(revisions.<List<String>>json("$.items[*].editor")).containsExactly("editor", "editor", "editor");
		List<Number> numbers = revisions.json("$.items[*].revision");
		assertThat(numbers).isSortedAccordingTo((a, b) -> Long.compare(b.longValue(), a.longValue()));
		assertThat(revisions.<Object>json("$.items[0].state")).isNull();
		assertThat(revisions.<String>json("$.items[1].state.name")).isEqualTo("Revised delegation");
		assertThat(revisions.<String>json("$.items[2].state.name")).isEqualTo("Chinese trade mission to Vietnam");
		tools.jackson.databind.JsonNode first = JSON.readTree(revisions.body()).get("items").get(2).get("state");
		assertThat(first.has("meetings")).isFalse();
		assertThat(first).isEqualTo(withoutMeetings(created.body()));
	}

	@Test
	void keepsTheSeededDelegationsHistoryFromTheSeed() {
		Api.Response revisions = this.api.get("/api/v1/delegations/" + SEEDED + "/revisions");

		assertThat(revisions.status()).isEqualTo(200);
		assertThat(revisions.<List<String>>json("$.items[*].change")).containsExactly("created");
		assertThat(revisions.<String>json("$.items[0].state.head.slug")).isEqualTo("oleg-melnichenko");
		assertThat(revisions.<List<String>>json("$.items[0].state.reportedDates[*].startDate"))
			.containsExactly("2019-03-16", "2019-03-14");
	}

	private static Map<String, Object> delegation(String slug) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (slug != null) {
			body.put("slug", slug);
		}
		body.put("name", "Chinese trade mission to Vietnam");
		body.put("sendingCountry", "CN");
		body.put("hostCountry", "VN");
		body.put("head", Map.of("official", "igor-morgulov"));
		body.put("members", List.of(Map.of("official", "igor-morgulov", "role", "Head of the mission"),
				Map.of("slug", "im-chon-il", "name", "ignored", "country", "XX", "role", "Observer")));
		body.put("startDate", "2021-05-10");
		body.put("endDate", "2021-05-14");
		body.put("datePrecision", "day");
		body.put("reportedDates", List.of(
				Map.of("startDate", "2021-05-10", "endDate", "2021-05-14", "source", ARTICLE, "quote", "From May 10 to 14."),
				Map.of("startDate", "2021-05-09", "source", ARTICLE, "quote", "On May 9.", "note", "Photo caption.")));
		body.put("purpose", "Trade talks");
		body.put("notes", "Written by DelegationWriteTests.");
		body.put("sources", List.of(Map.of("source", ARTICLE, "quote", "The mission arrived on May 10.")));
		return body;
	}

	private static Map<String, Object> meeting(String delegation) {
		return Map.of("title", "Test meeting of a deleted delegation", "startDate", "2021-05-11", "kind",
				Map.of("code", "040"), "participants", List.of(Map.of("official", "im-chon-il", "role", "Guest")),
				"delegation", delegation, "sources",
				List.of(Map.of("source", ARTICLE, "quote", "They met on May 11.")));
	}

	private Api.Response create(Map<String, Object> body) {
		Api.Response response = this.api.write("POST", "/api/v1/delegations", json(body), Api.EDITOR, null);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		this.created.add(response.json("$.slug"));
		return response;
	}

	private Api.Response put(String slug, String etag, Map<String, Object> body) {
		return this.api.write("PUT", "/api/v1/delegations/" + slug, json(body), Api.EDITOR, etag);
	}

	private Api.Response delete(String slug, String etag) {
		return this.api.write("DELETE", "/api/v1/delegations/" + slug, null, Api.EDITOR, etag);
	}

	/** Rows of every table a delegation write touches. */
	private List<Long> counts() {
		return this.jdbc.sql("""
				select (select count(*) from delegation), (select count(*) from delegation_member),
				       (select count(*) from delegation_reported_dates), (select count(*) from citation),
				       (select count(*) from source), (select count(*) from meeting)""")
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
			.single();
	}

	private long revisionCount() {
		return this.jdbc.sql("select count(*) from revision").query(Long.class).single();
	}

	private static tools.jackson.databind.JsonNode withoutMeetings(String body) {
		tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) JSON.readTree(body);
		tree.remove("meetings");
		return tree;
	}

	private static String json(Map<String, Object> body) {
		return JSON.writeValueAsString(body);
	}

}
