package org.contacttimeline.meeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many editors change, create and delete the same meetings at once while readers read them: no 5xx, no deadlock
 * left hanging, no lost update, and no reader ever sees a meeting whose participants belong to another version.
 */
@ApiTest
@RestoresSeed
class ConcurrentEditingTests {

	private static final List<String> MEETINGS = List.of("concurrent-a", "concurrent-b", "concurrent-c");

	/** Each version names its participants in its title, so a reader can tell a torn meeting. */
	private static final Map<String, List<String>> SIDES = Map.of("pair-1", List.of("kim-jong-un", "vladimir-putin"),
			"pair-2", List.of("im-chon-il", "igor-morgulov"));

	@Autowired
	Api api;

	static String body(String slug, String pair, String mark) {
		List<String> officials = SIDES.get(pair);
		return """
				{"slug": "%s", "title": "Concurrent %s %s", "startDate": "2031-01-01", "kind": {"code": "040"},
				 "participants": [{"official": "%s", "role": "first"}, {"official": "%s", "role": "second"}],
				 "sources": [{"publisher": "Concurrency test", "quote": "%s"}]}"""
			.formatted(slug, pair, mark, officials.get(0), officials.get(1), mark);
	}

	@Test
	void editorsAndReadersAtOnceLoseNothingAndSeeNoTornMeeting() throws Exception {
		for (String slug : MEETINGS) {
			assertThat(this.api.write("POST", "/api/v1/meetings", body(slug, "pair-1", "start"), Api.EDITOR, null).status()).isEqualTo(201);
		}
		Map<String, List<long[]>> acknowledged = new ConcurrentHashMap<>(); // slug -> [version, mark id]
		Map<Long, String> marks = new ConcurrentHashMap<>();
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		List<String> torn = Collections.synchronizedList(new ArrayList<>());
		ExecutorService workers = Executors.newFixedThreadPool(10);
		List<Future<?>> done = new ArrayList<>();
		for (int editor = 0; editor < 6; editor++) {
			int id = editor;
			done.add(workers.submit(() -> {
				Random random = new Random(id);
				for (int i = 0; i < 25; i++) {
					String slug = MEETINGS.get(random.nextInt(MEETINGS.size()));
					Api.Response current = this.api.get("/api/v1/meetings/" + slug);
					statuses.add(current.status());
					if (current.status() != 200) {
						continue;
					}
					long markId = id * 1000L + i;
					String mark = "m" + markId;
					marks.put(markId, mark);
					String pair = random.nextBoolean() ? "pair-1" : "pair-2";
					Api.Response put = this.api.write("PUT", "/api/v1/meetings/" + slug, body(slug, pair, mark), Api.EDITOR,
							current.header("ETag"));
					statuses.add(put.status());
					if (put.status() == 200) {
						long version = Long.parseLong(put.header("ETag").replace("\"", ""));
						acknowledged.computeIfAbsent(slug, (s) -> Collections.synchronizedList(new ArrayList<>()))
							.add(new long[] { version, markId });
					}
				}
				return null;
			}));
		}
		for (int reader = 0; reader < 4; reader++) {
			done.add(workers.submit(() -> {
				for (int i = 0; i < 40; i++) {
					Api.Response page = this.api.get("/api/v1/meetings?from=2031-01-01&to=2031-01-01");
					statuses.add(page.status());
					List<Map<String, Object>> items = page.json("$.items");
					for (Map<String, Object> item : items) {
						String title = (String) item.get("title");
						String pair = title.split(" ")[1];
						@SuppressWarnings("unchecked")
						List<String> slugs = ((List<Map<String, Object>>) item.get("participants")).stream()
							.map((p) -> (String) p.get("slug")).toList();
						@SuppressWarnings("unchecked")
						String quote = ((List<Map<String, Object>>) item.get("sources")).get(0).get("quote").toString();
						if (!slugs.equals(SIDES.get(pair)) || !title.endsWith(" " + quote)) {
							torn.add(title + " with " + slugs + " and quote " + quote);
						}
					}
				}
				return null;
			}));
		}
		workers.shutdown();
		assertThat(workers.awaitTermination(180, TimeUnit.SECONDS)).as("no deadlock left hanging").isTrue();
		for (Future<?> future : done) {
			future.get();
		}

		assertThat(statuses).doesNotContain(500, 502, 503, 504).allMatch((status) -> status == 200 || status == 412 || status == 409);
		assertThat(torn).isEmpty();
		for (String slug : MEETINGS) {
			List<long[]> writes = acknowledged.getOrDefault(slug, List.of());
			Api.Response last = this.api.get("/api/v1/meetings/" + slug);
			long finalVersion = Long.parseLong(last.header("ETag").replace("\"", ""));
			assertThat(writes).as("versions acknowledged for " + slug).extracting((w) -> w[0]).doesNotHaveDuplicates();
			assertThat(finalVersion).isEqualTo(writes.size());
			long[] latest = writes.stream().max((a, b) -> Long.compare(a[0], b[0])).orElseThrow();
			assertThat(last.<String>json("$.title")).endsWith(" " + marks.get(latest[1]));
		}
	}

}
