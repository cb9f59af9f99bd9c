package org.contacttimeline.web;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of the HTTP API: arbitrary query strings on every list, and arbitrary mutations of a valid
 * meeting, are never answered with a 5xx, every 4xx is a problem that reveals nothing of the internals, and a
 * refused write changes nothing. The seed is fixed unless {@code -Dfuzz.seed=random}; a failure names its seed; rerun it with
 * {@code -Dfuzz.seed=<seed>}. (Plain JUnit Jupiter with a seeded generator, so that the fuzzing shares the one
 * application context of the other API tests.)
 */
@ApiTest
@RestoresSeed
class HostileInputFuzzTests {

	/** Fixed by default, so that {@code mvn verify} is repeatable; {@code -Dfuzz.seed=random} explores. */
	private static final long SEED = "random".equals(System.getProperty("fuzz.seed")) ? System.nanoTime()
			: Long.getLong("fuzz.seed", 20190314L);

	private static final int QUERY_TRIES = Integer.getInteger("fuzz.query-tries", 400);

	private static final int WRITE_TRIES = Integer.getInteger("fuzz.write-tries", 40);

	private static final List<String> LISTS = List.of("/api/v1/meetings", "/api/v1/timeline", "/api/v1/officials",
			"/api/v1/delegations", "/api/v1/sources", "/api/v1/countries");

	private static final List<String> NAMES = List.of("date", "from", "to", "country", "host", "official", "delegation",
			"status", "q", "limit", "cursor", "format", "Date", "LIMIT", "x", "q[]", "", "%", "__proto__", "date ", "ｑ");

	private static final List<String> FIELDS = List.of("slug", "title", "startDate", "endDate", "datePrecision", "status",
			"kind", "location", "countries", "participants", "unnamedParties", "delegation", "summary", "topics", "sources",
			"notes");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void arbitraryQueryStringsOnTheListsAreNeverAFailureAndEveryRefusalIsAProblem() {
		Random random = new Random(SEED);

		for (int i = 0; i < QUERY_TRIES; i++) {
			String url = pick(random, LISTS) + "?" + query(random);

			Api.Response response = this.api.get(url);

			check("GET " + url, i, () -> {
				HostileInputTests.assertWellBehaved(response);
				// 406: an export format asked of a list that offers none (countries, officials, ...)
				assertThat(response.status()).isIn(200, 400, 406);
			});
		}
	}

	@Test
	void arbitraryMutationsOfAMeetingAreRefusedWithAProblemOrStoredAndNeverHalfWritten() {
		Random random = new Random(SEED);
		Map<String, Object> valid = JSON.readValue(meeting(), Map.class);

		for (int i = 0; i < WRITE_TRIES; i++) {
			Map<String, Object> body = JSON.readValue(JSON.writeValueAsString(valid), Map.class);
			body.put("slug", "fuzz-" + i);
			for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
				mutate(random, body);
			}
			String json = random.nextInt(20) == 0 ? JSON.writeValueAsString(body).substring(0, random.nextInt(40)) : JSON.writeValueAsString(body);
			Map<String, Long> before = HostileInputTests.counts(this.jdbc);

			Api.Response response = this.api.write("POST", "/api/v1/meetings", json, Api.EDITOR, null);

			check("POST " + json, i, () -> {
				HostileInputTests.assertWellBehaved(response);
				assertThat(response.status()).isIn(201, 400, 409, 413, 422);
				if (response.status() != 201) {
					assertThat(HostileInputTests.counts(this.jdbc)).as("rows after a refused write").isEqualTo(before);
				}
			});
			if (response.status() == 201) {
				// an accepted mutation is deleted again, so that every try starts from the seed
				String location = response.header("Location");
				String etag = this.api.get(location).header("ETag");
				assertThat(this.api.write("DELETE", location, null, Api.EDITOR, etag).status()).isEqualTo(204);
			}
		}
	}

	/** Changes one field of the meeting, or of one of its parts, or adds one it does not have. */
	@SuppressWarnings("unchecked")
	private static void mutate(Random random, Map<String, Object> body) {
		Map<String, Object> target = body;
		int where = random.nextInt(6);
		if (where == 0 && body.get("location") instanceof Map<?, ?> location) {
			target = (Map<String, Object>) location;
		}
		else if (where == 1 && body.get("participants") instanceof List<?> participants && !participants.isEmpty()
				&& participants.get(0) instanceof Map<?, ?> participant) {
			target = (Map<String, Object>) participant;
		}
		else if (where == 2 && body.get("sources") instanceof List<?> sources && !sources.isEmpty()
				&& sources.get(0) instanceof Map<?, ?> source) {
			target = (Map<String, Object>) source;
		}
		List<String> keys = new ArrayList<>(target.keySet());
		String key = random.nextInt(8) == 0 || keys.isEmpty() ? pick(random, List.of("colour", "id", "version", "", "x".repeat(300)))
				: random.nextInt(4) == 0 ? pick(random, FIELDS) : pick(random, keys);
		switch (random.nextInt(4)) {
			case 0 -> target.remove(key);
			default -> target.put(key, value(random, 2));
		}
	}

	/** Any JSON value: strings of every kind, numbers of every size, null, booleans, arrays and objects. */
	private static Object value(Random random, int depth) {
		int kind = random.nextInt(depth > 0 ? 9 : 7);
		return switch (kind) {
			case 0, 1 -> text(random);
			case 2 -> random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(1000) - 500;
			case 3 -> random.nextInt(2) == 0 ? random.nextDouble() * Math.pow(10, random.nextInt(40) - 20)
					: new BigInteger(random.nextInt(300) + 1, random);
			case 4 -> null;
			case 5 -> random.nextBoolean();
			case 6 -> dateLike(random);
			case 7 -> {
				List<Object> list = new ArrayList<>();
				for (int n = random.nextInt(4); n > 0; n--) {
					list.add(value(random, depth - 1));
				}
				yield list;
			}
			default -> {
				Map<String, Object> map = new LinkedHashMap<>();
				for (int n = random.nextInt(4); n > 0; n--) {
					map.put(pick(random, List.of("code", "slug", "official", "role", "quote", "city", "country", "x")),
							value(random, depth - 1));
				}
				yield map;
			}
		};
	}

	/** A query string of up to four parameters, real and bogus, with arbitrary values, properly percent-encoded. */
	private static String query(Random random) {
		List<String> parameters = new ArrayList<>();
		for (int n = random.nextInt(5); n > 0; n--) {
			String name = random.nextInt(10) == 0 ? text(random) : pick(random, NAMES);
			parameters.add(encode(name) + "=" + encode(queryValue(random)));
		}
		return String.join("&", parameters);
	}

	private static String queryValue(Random random) {
		List<Function<Random, String>> generators = List.of(HostileInputFuzzTests::text, HostileInputFuzzTests::dateLike,
				HostileInputFuzzTests::numberLike, HostileInputFuzzTests::countryLike,
				(r) -> pick(r, List.of("held", "planned", "im-chon-il", "kim-jong-un", "russian-senators-north-korea-2019-03",
						"csv", "ics", "json", "timelinejs", "임천일", "Моргулов", "' OR 1=1--", "%", "_", "\\")),
				(r) -> new String(java.util.Base64.getUrlEncoder().withoutPadding().encode(text(r).getBytes(StandardCharsets.UTF_8)),
						StandardCharsets.US_ASCII));
		return pick(random, generators).apply(random);
	}

	/** Arbitrary Unicode text: every plane, control characters, white space, lone surrogates, 0 to 300 characters. */
	private static String text(Random random) {
		int length = random.nextInt(8) == 0 ? random.nextInt(300) : random.nextInt(12);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			switch (random.nextInt(6)) {
				case 0 -> text.append((char) random.nextInt(0x20));
				case 1 -> text.append((char) (0x20 + random.nextInt(0x5f)));
				case 2 -> text.append((char) random.nextInt(0x10000));
				case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
				case 4 -> text.append(pick(random, List.of(" ", "\u00a0", "\u2028", "\ufeff", "\u202e", "'", "\"", "%", "_", "\\", "<", "&")));
				default -> text.append((char) ('a' + random.nextInt(26)));
			}
		}
		return text.toString();
	}

	private static String dateLike(Random random) {
		String year = pick(random, List.of("2019", "0000", "9999", "-2019", "+12019", "+5874898", "+999999999", "-999999999",
				"19", String.valueOf(random.nextInt(100_000))));
		String month = pick(random, List.of("01", "02", "12", "13", "00", "3", String.valueOf(random.nextInt(100))));
		String day = pick(random, List.of("01", "28", "29", "30", "31", "32", "00", "5", String.valueOf(random.nextInt(100))));
		String suffix = pick(random, List.of("", "", "", "T00:00", "Z", " ", "\u0000"));
		return year + "-" + month + "-" + day + suffix;
	}

	private static String numberLike(Random random) {
		return pick(random, List.of(String.valueOf(random.nextInt(600)), String.valueOf(random.nextLong()), "2147483648",
				"-1", "0", "1e3", "0x10", "٥", "１", "+5", "5.0", "NaN", "9".repeat(1 + random.nextInt(40))));
	}

	private static String countryLike(Random random) {
		StringBuilder code = new StringBuilder();
		for (int n = 1 + random.nextInt(4); n > 0; n--) {
			code.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
		}
		return pick(random, List.of(code.toString(), "КР", "🇰🇵", "K1", " KP", "KP ", "K P", "kp", "PRK"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Runs the assertions of one try, naming the seed and the try when they fail. */
	private static void check(String request, int i, Runnable assertions) {
		try {
			assertions.run();
		}
		catch (AssertionError ex) {
			String shown = request.length() > 2000 ? request.substring(0, 2000) + "…" : request;
			throw new AssertionError("Falsified with -Dfuzz.seed=" + SEED + " at try " + i + ": " + shown + "\n" + ex.getMessage(), ex);
		}
	}

	private static String meeting() {
		return """
				{"title": "Fuzzed", "startDate": "2019-04-25", "endDate": "2019-04-26", "datePrecision": "day", "status": "held",
				 "kind": {"code": "042"}, "location": {"city": "Vladivostok", "venue": "Far Eastern Federal University", "country": "RUS"},
				 "participants": [{"official": "kim-jong-un", "role": "North Korean leader"},
				                  {"official": "vladimir-putin", "role": "Russian President"}],
				 "unnamedParties": [{"description": "Russian officials", "country": "RU"}],
				 "delegation": "russian-senators-north-korea-2019-03", "summary": "A summit.", "topics": ["summit"],
				 "sources": [{"publisher": "Test Wire", "headline": "Kim and Putin meet", "quote": "Kim and Putin met", "claim": "meeting"}],
				 "notes": "Fuzzed."}""";
	}

}
