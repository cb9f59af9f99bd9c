package org.contacttimeline.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.util.ULocale;

/**
 * The words that name a country in news English: its name (ICU's English names of the ISO 3166 countries, and the
 * short forms news uses), its people or adjective ("Russian", "North Korean"), its capital or another city where
 * contacts are held ("Moscow", "Vladivostok"). A city is given the country it belonged to on a day: Moscow in 1949
 * is in the Soviet Union (SU). "The North" and "the South" name the Koreas in an article that names North Korea.
 */
final class Gazetteer {

	/** Where a country is named in a sentence, and how. */
	record Place(int start, int end, String code, boolean city, boolean people) {
	}

	/** The day the Soviet Union ended: its cities were Soviet before it. */
	private static final LocalDate SOVIET_END = LocalDate.of(1991, 12, 26);

	private static final Set<String> SOVIET = Set.of("RU", "UA", "BY", "KZ", "UZ", "GE", "AM", "AZ", "LT", "LV", "EE",
			"MD", "KG", "TJ", "TM");

	/** The short forms of news English, beside ICU's names of the countries. */
	private static final String[][] NAMES = { { "KP", "North Korea", "N. Korea", "DPRK",
			"Democratic People's Republic of Korea" }, { "KR", "South Korea", "S. Korea", "ROK", "Republic of Korea" },
			{ "RU", "Russia", "Russian Federation", "Kremlin" }, { "US", "U.S.", "US", "United States", "America",
					"White House" },
			{ "VN", "Vietnam", "Viet Nam" }, { "SU", "Soviet Union", "USSR" }, { "GB", "Britain", "U.K.", "UK" } };

	/** The peoples, or adjectives, of the countries news on contacts names most. */
	private static final String[][] PEOPLES = { { "KP", "North Korean", "N. Korean" },
			{ "KR", "South Korean", "S. Korean" }, { "RU", "Russian" }, { "US", "American" }, { "CN", "Chinese" },
			{ "JP", "Japanese" }, { "VN", "Vietnamese" }, { "SU", "Soviet" }, { "GB", "British" }, { "FR", "French" },
			{ "DE", "German" }, { "IN", "Indian" }, { "IR", "Iranian" }, { "SY", "Syrian" }, { "MN", "Mongolian" },
			{ "BY", "Belarusian" }, { "UA", "Ukrainian" }, { "KZ", "Kazakh" }, { "CU", "Cuban" },
			{ "LA", "Lao", "Laotian" }, { "SG", "Singaporean" }, { "ID", "Indonesian" }, { "TR", "Turkish" },
			{ "IT", "Italian" }, { "TH", "Thai" }, { "MY", "Malaysian" }, { "PH", "Filipino" }, { "IL", "Israeli" },
			{ "EG", "Egyptian" }, { "PK", "Pakistani" }, { "SE", "Swedish" }, { "CH", "Swiss" }, { "FI", "Finnish" },
			{ "PL", "Polish" }, { "CZ", "Czech" }, { "RS", "Serbian" }, { "UZ", "Uzbek" }, { "KH", "Cambodian" },
			{ "ZA", "South African" }, { "BR", "Brazilian" }, { "AU", "Australian" }, { "CA", "Canadian" },
			{ "ES", "Spanish" } };

	/** Cities where contacts are held, with the country they are in today. */
	private static final String[][] CITIES = { { "RU", "Moscow", "St. Petersburg", "Saint Petersburg", "Vladivostok",
			"Khabarovsk", "Sochi", "Kazan", "Novosibirsk", "Irkutsk", "Yekaterinburg" },
			{ "KP", "Pyongyang", "Wonsan", "Kaesong", "Sinuiju", "Rason", "Hamhung", "Chongjin" },
			{ "KR", "Seoul", "Busan", "Incheon", "Jeju" }, { "CN", "Beijing", "Shanghai", "Dandong", "Dalian", "Shenyang" },
			{ "JP", "Tokyo", "Osaka" }, { "VN", "Hanoi", "Ho Chi Minh City", "Da Nang" },
			{ "US", "Washington", "New York" }, { "SG", "Singapore" }, { "MN", "Ulaanbaatar", "Ulan Bator" },
			{ "BY", "Minsk" }, { "UA", "Kyiv", "Kiev" }, { "IR", "Tehran" }, { "SY", "Damascus" }, { "CU", "Havana" },
			{ "LA", "Vientiane" }, { "ID", "Jakarta" }, { "TH", "Bangkok" }, { "CH", "Geneva", "Bern" },
			{ "SE", "Stockholm" }, { "FI", "Helsinki" }, { "DE", "Berlin" }, { "FR", "Paris" }, { "GB", "London" },
			{ "IT", "Rome" }, { "TR", "Ankara", "Istanbul" }, { "KZ", "Astana", "Nur-Sultan", "Almaty" },
			{ "IN", "New Delhi" }, { "MY", "Kuala Lumpur" }, { "KH", "Phnom Penh" }, { "MM", "Naypyidaw" },
			{ "EG", "Cairo" }, { "PK", "Islamabad" }, { "UZ", "Tashkent" }, { "AT", "Vienna" } };

	private static final Map<String, String> COUNTRIES = new LinkedHashMap<>();

	private static final Map<String, String> PEOPLE = new LinkedHashMap<>();

	private static final Map<String, String> CITY_COUNTRIES = new LinkedHashMap<>();

	private static final Pattern ANY;

	/** Every word of every name, people and city, for {@link #placeWord}. */
	private static final java.util.Set<String> WORDS = new java.util.HashSet<>();

	static {
		for (String code : ULocale.getISOCountries()) {
			String name = new ULocale("", code).getDisplayCountry(ULocale.ENGLISH);
			if (!name.equals(code) && name.chars().allMatch((c) -> Character.isLetter(c) || c == ' ' || c == '-')) {
				COUNTRIES.put(name, code);
			}
		}
		for (String[] row : NAMES) {
			for (int i = 1; i < row.length; i++) {
				COUNTRIES.put(row[i], row[0]);
			}
		}
		for (String[] row : PEOPLES) {
			for (int i = 1; i < row.length; i++) {
				PEOPLE.put(row[i], row[0]);
			}
		}
		for (String[] row : CITIES) {
			for (int i = 1; i < row.length; i++) {
				CITY_COUNTRIES.put(row[i], row[0]);
			}
		}
		List<String> all = new ArrayList<>();
		all.addAll(COUNTRIES.keySet());
		all.addAll(PEOPLE.keySet());
		all.addAll(CITY_COUNTRIES.keySet());
		all.addAll(List.of("the North", "the South", "The North", "The South"));
		all.forEach((name) -> WORDS.addAll(List.of(name.split(" "))));
		all.sort(Comparator.comparingInt(String::length).reversed());
		ANY = Pattern.compile("(?<![\\p{L}.])(?:" + String.join("|", all.stream().map(Pattern::quote).toList())
				+ ")(?![\\p{L}])");
	}

	private final boolean koreas;

	/** @param text the whole article, which says whether "the North" is North Korea */
	Gazetteer(String text) {
		this.koreas = text.contains("North Korea") || text.contains("N. Korea");
	}

	/** Every country the sentence names, in order; cities with the country they belong to on {@code day}. */
	List<Place> places(String sentence, LocalDate day) {
		List<Place> found = new ArrayList<>();
		Matcher matcher = ANY.matcher(sentence);
		while (matcher.find()) {
			String words = matcher.group();
			if (words.equalsIgnoreCase("the North") || words.equalsIgnoreCase("the South")) {
				if (this.koreas) {
					found.add(new Place(matcher.start() + 4, matcher.end(), words.endsWith("North") ? "KP" : "KR", false,
							false));
				}
			}
			else if (CITY_COUNTRIES.containsKey(words)) {
				found.add(new Place(matcher.start(), matcher.end(), cityCountry(words, day), true, false));
			}
			else if (PEOPLE.containsKey(words)) {
				found.add(new Place(matcher.start(), matcher.end(), PEOPLE.get(words), false, true));
			}
			else {
				found.add(new Place(matcher.start(), matcher.end(), COUNTRIES.get(words), false, false));
			}
		}
		return found;
	}

	/** The country a city was in on a day (today's when the day is not known). */
	static String cityCountry(String city, LocalDate day) {
		String code = CITY_COUNTRIES.get(city);
		if (code != null && day != null && day.isBefore(SOVIET_END) && SOVIET.contains(code)) {
			return "SU";
		}
		return code;
	}

	static boolean isCity(String words) {
		return CITY_COUNTRIES.containsKey(words);
	}

	/** Whether a word is (part of) a country's name, people or city: never a person's name. */
	static boolean placeWord(String word) {
		return WORDS.contains(word);
	}

}
