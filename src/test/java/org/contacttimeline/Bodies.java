package org.contacttimeline;

/**
 * The JSON bodies tests write with, each written once.
 */
public final class Bodies {

	private Bodies() {
	}

	/**
	 * A meeting of two officials of the seed (Kim Jong-un and Vladimir Putin, April 2019, Vladivostok), cited from a new
	 * source of its own ({@code Test Wire}).
	 */
	public static String meeting(String slug, String title) {
		return """
				{"slug": "%s", "title": "%s", "startDate": "2019-04-25", "kind": {"code": "042"},
				 "location": {"city": "Vladivostok", "venue": "Far Eastern Federal University", "country": "RUS"},
				 "participants": [{"official": "kim-jong-un", "role": "North Korean leader"},
				                  {"official": "vladimir-putin", "role": "Russian President"}],
				 "topics": ["summit"],
				 "sources": [{"publisher": "Test Wire", "headline": "Kim and Putin meet", "quote": "Kim and Putin met on Russky Island", "claim": "meeting"}]}"""
			.formatted(slug, title);
	}

	/** The same meeting cited from the seed's own source, the Korea Times article: it adds no source. */
	public static String meetingCitingTheSeed(String slug, String title) {
		return """
				{"slug": "%s", "title": "%s", "startDate": "2019-04-25", "kind": "042",
				 "location": {"city": "Vladivostok", "country": "RU"},
				 "participants": [{"official": "kim-jong-un", "role": "North Korean leader"},
				                  {"official": "vladimir-putin", "role": "Russian President"}],
				 "summary": "Their first summit.",
				 "sources": [{"source": "korea-times-nk-russia-support-2019-03", "quote": "Kim and Putin met"}]}"""
			.formatted(slug, title);
	}

}
