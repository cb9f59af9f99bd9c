package org.contacttimeline.revision;

import java.util.List;
import java.util.Map;

import org.contacttimeline.Bodies;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What changed since a client last looked, as a client that polls {@code /api/v1/changes} sees it.
 */
@ApiTest
@RestoresSeed
class ChangeFeedTests {

	@Autowired
	Api api;

	@Test
	void listsTheSeedAsItsFirstRevisionsOldestFirst() {
		Api.Response feed = this.api.get("/api/v1/changes?limit=500");

		List<Integer> revisions = feed.json("$.items[*].revision");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(revisions).isSorted().startsWith(1);
		assertThat(feed.<List<String>>json("$.items[?(@.revision == 1)].editor")).allMatch((e) -> e.startsWith("seed:"));
		assertThat(feed.<List<String>>json("$.items[?(@.revision == 1)].type")).contains("meeting", "delegation", "official", "source");
		assertThat(feed.<List<String>>json("$.items[?(@.revision == 1 && @.slug == 'im-chon-il-igor-morgulov-talks-2019-03-14')].change"))
			.containsExactly("created");
		assertThat(feed.<List<String>>json("$.items[?(@.revision == 1 && @.slug == 'im-chon-il-igor-morgulov-talks-2019-03-14')].state.title"))
			.containsExactly("Im Chon-il and Igor Morgulov discuss a schedule of political contacts");
	}

	@Test
	void givesAPollerExactlyWhatChangedSinceItsLastLookWithTheStateAfterEachChange() {
		long since = this.api.get("/api/v1/changes?since=0&limit=1").<Number>json("$.newest").longValue();
		long newest = newest(since);

		Api.Response created = this.api.write("POST", "/api/v1/meetings", Bodies.meetingCitingTheSeed("change-feed-summit", "First title"), Api.EDITOR, null);
		Api.Response updated = this.api.write("PUT", "/api/v1/meetings/change-feed-summit",
				Bodies.meetingCitingTheSeed("change-feed-summit", "Second title"), Api.EDITOR, created.header("ETag"));
		Api.Response deleted = this.api.write("DELETE", "/api/v1/meetings/change-feed-summit", null, Api.EDITOR,
				updated.header("ETag"));
		Api.Response feed = this.api.get("/api/v1/changes?since=" + newest);

		assertThat(List.of(created.status(), updated.status(), deleted.status())).containsExactly(201, 200, 204);
		assertThat(feed.<List<String>>json("$.items[*].slug")).containsOnly("change-feed-summit");
		assertThat(feed.<List<String>>json("$.items[*].change")).containsExactly("created", "updated", "deleted");
		assertThat(feed.<List<String>>json("$.items[*].type")).containsOnly("meeting");
		assertThat(feed.<List<String>>json("$.items[*].editor")).containsOnly("editor");
		assertThat(feed.<List<Object>>json("$.items[*].madeAt")).hasSize(3).doesNotContainNull();
		List<Map<String, Object>> items = feed.json("$.items");
		assertThat(((Map<?, ?>) items.get(0).get("state")).get("title")).isEqualTo("First title");
		assertThat(((Map<?, ?>) items.get(1).get("state")).get("title")).isEqualTo("Second title");
		assertThat(((Map<?, ?>) items.get(1).get("state")).get("participants")).asList().hasSize(2);
		assertThat(items.get(2).get("state")).isNull();
		List<Integer> revisions = feed.json("$.items[*].revision");
		assertThat(revisions).isSorted().doesNotHaveDuplicates();
		assertThat(feed.<Number>json("$.newest").longValue()).isEqualTo(revisions.get(2).longValue());
		assertThat(feed.<Object>json("$.next")).isNull();
		assertThat(this.api.get("/api/v1/changes?since=" + feed.<Number>json("$.newest")).<List<Object>>json("$.items")).isEmpty();
	}

	@Test
	void pagesTheFeedByCursorWithoutLosingOrRepeatingAChange() {
		List<String> whole = this.api.get("/api/v1/changes?limit=500").json("$.items[*].slug");
		List<String> paged = new java.util.ArrayList<>();
		String url = "/api/v1/changes?limit=7";
		Api.Response page;
		do {
			page = this.api.get(url);
			paged.addAll(page.json("$.items[*].slug"));
			String next = page.json("$.next");
			assertThat(next == null).isEqualTo(page.header("Link") == null);
			url = (next != null) ? "/api/v1/changes?limit=7&cursor=" + next : null;
			if (next != null) {
				assertThat(page.<Number>json("$.newest").longValue()).isLessThan(
						page.<List<Integer>>json("$.items[*].revision").get(6).longValue());
			}
		}
		while (url != null);

		assertThat(paged).isEqualTo(whole);
	}

	@Test
	void answersAnEmptyPageForARevisionPastTheNewest() {
		Api.Response feed = this.api.get("/api/v1/changes?since=999999999");

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.<List<Object>>json("$.items")).isEmpty();
		assertThat(feed.<Object>json("$.next")).isNull();
		assertThat(feed.<Number>json("$.newest").longValue()).isPositive().isLessThan(999999999L);
	}

	@Test
	void rejectsAMalformedRevisionOrCursorWithAProblemNamingIt() {
		for (String since : List.of("-1", "abc", "1.5", "2019-03-14", "99999999999999999999")) {
			Api.Response response = this.api.get("/api/v1/changes?since=" + since);

			assertThat(response.status()).as(since).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("since");
		}
		Api.Response cursor = this.api.get("/api/v1/changes?cursor=bm90LW91cnM");
		assertThat(cursor.status()).isEqualTo(400);
		assertThat(cursor.<List<String>>json("$.errors[*].field")).containsExactly("cursor");
		assertThat(this.api.get("/api/v1/changes?type=meeting").<List<String>>json("$.errors[*].field")).containsExactly("type");
	}

	private long newest(long atLeast) {
		Api.Response last = this.api.get("/api/v1/changes?since=" + atLeast + "&limit=500");
		while (last.<String>json("$.next") != null) {
			last = this.api.get("/api/v1/changes?since=" + atLeast + "&limit=500&cursor=" + last.<String>json("$.next"));
		}
		return last.<Number>json("$.newest").longValue();
	}

}
