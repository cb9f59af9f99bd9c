package org.contacttimeline.official;

import org.contacttimeline.db.TextSearch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

import org.jooq.Param;

import static org.jooq.impl.DSL.param;

/**
 * The spellings one name takes across sources, by rules written once: the romanizations of Korean surnames and
 * syllables (Im, Rim, Lim; Ri, Rhee, Lee, Yi; Choe, Choi; Jong, Jung, Chong, Jeong; Un, Eun; ...), the
 * transliterations of Russian given names (Sergei, Sergey; Alexander, Aleksandr; Dmitry, Dmitri, ...) and of Russian
 * endings (-ov, -ow, -off; -ev, -ew; -sky, -ski, -skiy; -ei, -ey), and a word in Cyrillic in Latin letters (ICU's
 * Russian-Latin/BGN). A search asks for any spelling of each word, so that "Rim Chon Il" and "Morgulow" find Im
 * Chon-il and Igor Morgulov through the search index.
 */
final class NameVariants {

	/** Spellings of one Korean surname or syllable, in the romanizations the North, the South and older texts use. */
	private static final String[] KOREAN = { "im rim lim yim", "ri rhee lee yi rhie li yee", "choe choi chwe choy",
			"ryu yu yoo ryoo", "pak park bak", "kim gim", "jong jung chong chung jeong", "o oh", "kang gang",
			"ro roh no noh", "ryang yang", "sin shin", "so seo suh", "chon jon jeon cheon", "hyon hyun hyeon",
			"kwon gwon", "mun moon", "paek baek paik", "cho jo", "chang jang", "an ahn", "yun yoon", "song seong sung",
			"ko go", "un eun", "yong young yeong", "chol cheol chul", "son seon sun", "hui hee heui", "hyok hyuk hyeok",
			"jae chae", "su soo", "sok seok suk", "kil gil", "kun geun keun gun", "ju joo chu", "myong myung myeong",
			"tae thae", "chun jun", "hak hag", "gwang kwang", "dok deok duk", "ryong ryeong yong", "nam" };

	/** Spellings of one Russian given name in the transliterations English news uses. */
	private static final String[] RUSSIAN = { "sergei sergey serguei sergej", "alexander aleksandr alexandr aleksander",
			"alexei alexey aleksei aleksey alexej", "andrei andrey andrej", "dmitry dmitri dmitriy dmitrii",
			"yuri yury yuriy iouri jurij", "nikolai nikolay", "evgeny yevgeny evgeni yevgeniy evgenii",
			"vasily vasili vasiliy", "anatoly anatoli anatoliy", "valery valeri valeriy", "grigory grigori grigoriy",
			"fyodor fedor feodor", "pyotr petr piotr", "ilya ilia", "mikhail michail", "vyacheslav viacheslav",
			"maxim maksim", "natalia natalya", "maria mariya", "tatiana tatyana", "yulia yuliya julia",
			"vladimir wladimir", "arkady arkadi arkadiy", "gennady gennadi gennadiy", "matvei matvey" };

	/** Endings of Russian names, each in its spellings. */
	private static final String[][] ENDINGS = { { "ov", "ow", "off" }, { "ev", "ew", "eff" },
			{ "sky", "ski", "skiy", "skii" }, { "ei", "ey", "ej" } };

	private static final Map<String, Set<String>> SPELLINGS = new HashMap<>();

	private static final Map<String, String> RULE = new HashMap<>();

	private static final Transliterator CYRILLIC = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");

	/** At most this many spellings of one word are asked for. */
	private static final int MOST = 12;

	static {
		add(KOREAN, "a romanization of the same Korean name");
		add(RUSSIAN, "a transliteration of the same Russian name");
	}

	private NameVariants() {
	}

	private static void add(String[] rows, String rule) {
		for (String row : rows) {
			Set<String> spellings = new LinkedHashSet<>(List.of(row.split(" ")));
			for (String spelling : spellings) {
				SPELLINGS.computeIfAbsent(spelling, (s) -> new LinkedHashSet<>()).addAll(spellings);
				RULE.put(spelling, rule);
			}
		}
	}

	/** The spellings of a word, the word first, in lower case; a word in Cyrillic also in Latin letters. */
	static Set<String> of(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		Set<String> spellings = new LinkedHashSet<>();
		spellings.add(lower);
		if (lower.chars().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
			String latin = latin(lower).replaceAll("[^a-z]", "");
			if (!latin.isEmpty()) {
				spellings.add(latin);
			}
		}
		for (String spelling : List.copyOf(spellings)) {
			spellings.addAll(SPELLINGS.getOrDefault(spelling, Set.of()));
			spellings.addAll(endings(spelling));
		}
		return spellings.stream().limit(MOST).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
	}

	/** Why two words are spellings of one name, or {@code null} when they are not (or are the same). */
	static String why(String written, String known) {
		String a = written.toLowerCase(Locale.ROOT);
		String b = known.toLowerCase(Locale.ROOT);
		if (a.equals(b)) {
			return null;
		}
		if (SPELLINGS.getOrDefault(a, Set.of()).contains(b)) {
			return RULE.get(a);
		}
		if (endings(a).contains(b)) {
			return "a transliteration of the same Russian ending";
		}
		return of(a).contains(b) ? "a transliteration from Cyrillic" : null;
	}

	/**
	 * The full-text query for the words of {@code q}: each word in any of its spellings, each a prefix, all required
	 * ({@code ('rim':* | 'im':* | 'lim':*) & 'chon':*}), as the named parameter {@code q}. Only letters and digits
	 * reach it, so nothing in {@code q} is read as query syntax.
	 */
	static Param<String> query(String q) {
		List<String> terms = new ArrayList<>();
		for (String word : TextSearch.words(q)) {
			terms.add("(" + String.join(" | ", of(word).stream().map((spelling) -> "'" + spelling + "':*").toList()) + ")");
		}
		return param("q", String.join(" & ", terms));
	}

	/** ICU's transliterators are not made to be shared by threads at once. */
	private static String latin(String cyrillic) {
		synchronized (CYRILLIC) {
			return CYRILLIC.transliterate(cyrillic);
		}
	}

	/**
	 * Whether a name as written is one of the spellings of a known name, word by word ("Rim Chon Il", "Im Chon-il"),
	 * or the same letters without the hyphens or spaces ("Chonil", "Chon-il").
	 */
	static boolean same(String written, String known) {
		List<String> a = TextSearch.words(written);
		List<String> b = TextSearch.words(known);
		if (a.size() == b.size()) {
			boolean all = true;
			for (int i = 0; i < a.size() && all; i++) {
				Set<String> spellings = of(a.get(i));
				all = of(b.get(i)).stream().anyMatch(spellings::contains);
			}
			if (all) {
				return true;
			}
		}
		return !a.isEmpty() && String.join("", a).equalsIgnoreCase(String.join("", b));
	}

	/** The rule by which a name as written is a known one, or {@code null} when it is written the same way. */
	static String rule(String written, String known) {
		List<String> a = TextSearch.words(written);
		List<String> b = TextSearch.words(known);
		if (a.size() != b.size()) {
			return String.join("", a).equalsIgnoreCase(String.join("", b)) ? null : "another spelling";
		}
		List<String> rules = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			String why = why(a.get(i), b.get(i));
			if (why != null) {
				rules.add(a.get(i) + " for " + b.get(i) + ": " + why);
			}
		}
		return rules.isEmpty() ? null : String.join("; ", rules);
	}

	private static Set<String> endings(String word) {
		Set<String> spellings = new LinkedHashSet<>();
		for (String[] ending : ENDINGS) {
			for (String one : ending) {
				if (word.length() > one.length() + 2 && word.endsWith(one)) {
					String stem = word.substring(0, word.length() - one.length());
					for (String other : ending) {
						spellings.add(stem + other);
					}
				}
			}
		}
		spellings.remove(word);
		return spellings;
	}

}
