package org.contacttimeline.source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors who cite the same new source at the same moment, each in a write of their own: every write succeeds and
 * one source is created, whatever kind of record cites it (meeting, delegation, an official's position).
 */
@ApiTest
@RestoresSeed
class FirstCitationRaceTests {

	private static final int EDITORS = 4;

	private static final int ROUNDS = 6;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void editorsPostingMeetingsThatCiteTheSameNewSourceAllSucceedAndShareOneSource() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String publisher = "Race Wire " + round + " " + System.nanoTime();

			List<Api.Response> answers = race((editor) -> post("/api/v1/meetings", meeting(publisher, editor)));

			assertThat(answers).extracting(Api.Response::status).as("round %d: %s", round, summary(answers)).containsOnly(201);
			assertThat(sourcesOf(publisher)).isEqualTo(1);
		}
	}

	@Test
	void meetingsDelegationsAndPositionsCitingTheSameNewSourceAtOnceAllSucceedAndShareOneSource() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String publisher = "Mixed Race Wire " + round + " " + System.nanoTime();

			List<Api.Response> answers = race((editor) -> switch (editor % 3) {
				case 0 -> post("/api/v1/meetings", meeting(publisher, editor));
				case 1 -> post("/api/v1/delegations", delegation(publisher, editor));
				default -> post("/api/v1/officials", official(publisher, editor));
			});

			assertThat(answers).extracting(Api.Response::status).as("round %d: %s", round, summary(answers)).containsOnly(201);
			assertThat(sourcesOf(publisher)).isEqualTo(1);
			String slug = this.jdbc.sql("select slug from source where publisher = ?").param(publisher)
				.query(String.class).single();
			assertThat(this.api.get("/api/v1/sources/" + slug + "/revisions").<List<Object>>json("$.items"))
				.as("one creation in the source's history").hasSize(1);
		}
	}

	/** Runs one write per editor, all released at the same moment. */
	private List<Api.Response> race(Function<Integer, Api.Response> write) throws Exception {
		CyclicBarrier start = new CyclicBarrier(EDITORS);
		ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
		try {
			List<Future<Api.Response>> sent = new ArrayList<>();
			for (int editor = 0; editor < EDITORS; editor++) {
				int id = editor;
				sent.add(editors.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return write.apply(id);
				}));
			}
			List<Api.Response> answers = new ArrayList<>();
			for (Future<Api.Response> answer : sent) {
				answers.add(answer.get(60, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			editors.shutdownNow();
		}
	}

	private static List<String> summary(List<Api.Response> answers) {
		return answers.stream().map((answer) -> answer.status() + (answer.status() == 201 ? "" : " " + answer.body())).toList();
	}

	private Api.Response post(String path, String json) {
		return this.api.write("POST", path, json, Api.EDITOR, null);
	}

	private int sourcesOf(String publisher) {
		return this.jdbc.sql("select count(*) from source where publisher = ?").param(publisher).query(Integer.class).single();
	}

	private static String citation(String publisher, int editor) {
		return """
				{"publisher": "%s", "headline": "Two leaders meet", "quote": "Quote of editor %d"}""".formatted(publisher, editor);
	}

	private static String meeting(String publisher, int editor) {
		return """
				{"title": "Race meeting %d %d", "startDate": "2032-02-0%d", "kind": "040",
				 "participants": [{"official": "kim-jong-un", "role": "leader"}, {"official": "vladimir-putin", "role": "president"}],
				 "sources": [%s]}""".formatted(editor, System.nanoTime(), editor + 1, citation(publisher, editor));
	}

	private static String delegation(String publisher, int editor) {
		return """
				{"name": "Race delegation %d %d", "sendingCountry": "KP", "hostCountry": "RU",
				 "startDate": "2032-03-01", "endDate": "2032-03-02", "datePrecision": "day",
				 "sources": [%s]}""".formatted(editor, System.nanoTime(), citation(publisher, editor));
	}

	private static String official(String publisher, int editor) {
		return """
				{"name": "Race Official %d %d", "country": "KP",
				 "positions": [{"title": "Envoy", "startDate": "2032-01-01", "sources": [%s]}]}"""
			.formatted(editor, System.nanoTime(), citation(publisher, editor));
	}

}
