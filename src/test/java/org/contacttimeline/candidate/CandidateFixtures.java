package org.contacttimeline.candidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fixture files of the candidate tests (src/test/resources/candidate, written by make_fixtures.py in the published
 * formats), sent to the API as an editor would send them, and what the tests look at in the database.
 */
final class CandidateFixtures {

	static final Path FIXTURES = Path.of("src", "test", "resources", "candidate");

	/** The GDELT 2.0 events export: 400 lines, the contacts the tests look for first, 8 malformed rows. */
	static final String EXPORT = "20190425000000.export.CSV";

	/** A later export: more of two contacts of the first, and a new one. */
	static final String LATER = "20191120000000.export.CSV";

	static final String POLECAT = "polecat-2019.jsonl";

	private CandidateFixtures() {
	}

	static byte[] fixture(String name) {
		try {
			return Files.readAllBytes(FIXTURES.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** POSTs a fixture as the request body, as the editor, keeping the contacts between the countries given. */
	static Api.Response post(Api api, String name, String... countries) {
		return post(api, fixture(name), "application/octet-stream", Api.EDITOR, name, countries);
	}

	static Api.Response post(Api api, byte[] body, String contentType, String authorization, String name,
			String... countries) {
		StringBuilder query = new StringBuilder();
		for (String country : countries) {
			query.append(query.isEmpty() ? "?" : "&").append("country=").append(country);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/v1/imports" + query))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Accept", "application/json")
			.header("Content-Type", contentType);
		if (name != null) {
			request.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return api.send(request.build());
	}

	/** GETs a path as the editor (candidates and imports are read by editors only). */
	static Api.Response get(Api api, String path) {
		return api.send(HttpRequest.newBuilder(api.uri(path))
			.header("Accept", "application/json")
			.header("Authorization", Api.EDITOR)
			.GET()
			.build());
	}

	/** Empties the candidate tables, so that each test starts from no import. */
	static void clear(JdbcClient jdbc) {
		// cascade: an article's proposals (article_proposal) refer to their groups
		jdbc.sql("truncate candidate_import, candidate_group, candidate restart identity cascade").update();
	}

	/** How many rows each candidate table holds. */
	static Map<String, Long> counts(JdbcClient jdbc) {
		return Map.of("imports", count(jdbc, "candidate_import"), "groups", count(jdbc, "candidate_group"),
				"candidates", count(jdbc, "candidate"));
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** The groups of a list answer, by the title of each. */
	static List<String> titles(Api.Response list) {
		return list.json("$.items[*].title");
	}

}
