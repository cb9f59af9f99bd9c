package org.contacttimeline.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a sentence names, with the role and country the text gives them: a name is two to four capitalized
 * words that name no place, title, body, month or day ("Im Chon-il", "Sergei Kislyak"), or one such word that repeats
 * a name given before ("Kislyak" after "Sergei Kislyak"; "Choe" after "Choe Son-hui", the surname first). The role
 * is the title before the name ("Russian Deputy Foreign Minister"), or else the phrase after it between commas ("Han
 * Man-hyok, vice department director of ..."); a country's name or people in it gives the country. Each name is
 * looked up among the timeline's officials, so that a known one is linked whatever spelling the text uses.
 */
final class People {

	/**
	 * A person a sentence names.
	 *
	 * @param start where the mention (title included) begins in the sentence
	 * @param nameStart where the name begins
	 * @param nameEnd where the name ends (without a possessive)
	 * @param written the name as the sentence writes it
	 * @param full the full name (the earlier one a surname repeats)
	 * @param role the role as written, or {@code null}
	 * @param country the country the text gives them, or their official's, or {@code null}
	 * @param countryWords the words that give the country, or {@code null}
	 * @param quote the mention with its role, as written
	 * @param head whether the text says they head a delegation
	 * @param delegate whether the text says they are one of a delegation
	 */
	record Mention(int start, int nameStart, int nameEnd, String written, String full, String role, String country,
			String countryWords, String quote, Names.Known official, boolean head, boolean delegate) {
	}

	/** Capitalized words that begin sentences or name titles, bodies and times: never part of a person's name. */
	private static final Set<String> NOT_NAMES = Set.of("A", "An", "The", "On", "In", "At", "But", "And", "Or", "Some",
			"It", "Its", "He", "She", "They", "We", "I", "His", "Her", "Their", "This", "That", "These", "Those", "After",
			"Before", "As", "By", "For", "From", "With", "While", "When", "Meanwhile", "However", "Also", "According",
			"Last", "Next", "Earlier", "Later", "Both", "Three", "Two", "Four", "Five", "Top", "Stories", "Settings",
			"Close", "Vice", "Deputy", "First", "Foreign", "Minister", "Ministry", "President", "Presidential", "Premier",
			"Prime", "Chairman", "Chairwoman", "Chair", "Director", "Department", "Senator", "Senators", "Senate",
			"Secretary", "General", "Leader", "Chief", "Head", "Ambassador", "Envoy", "Spokesman", "Spokeswoman",
			"Council", "Committee", "Commission", "Federation", "Party", "Workers", "Central", "State", "Affairs",
			"External", "Economic", "Economy", "Development", "Far", "East", "West", "North", "South", "International",
			"Airport", "University", "Assembly", "National", "People's", "Supreme", "Republic", "Democratic",
			"Government", "Office", "Embassy", "Agency", "News", "Korean", "Union", "Army", "Navy", "Defense", "Defence",
			"Trade", "Relations", "Political", "Bureau", "Politburo", "Peninsula", "Sea", "River", "Island", "Islands",
			"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
			"November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
			"Facebook", "Twitter", "Kakao", "Mail", "Link", "Photo", "Yonhap", "Reuters", "Xinhua", "Interfax",
			"Kremlin", "Sunan", "Guesthouse", "Palace", "Hall", "Hotel", "Center", "Centre", "Square", "Museum");

	/** Lower-case words a title may hold: nouns of office and the small words between them. */
	private static final Set<String> TITLE_WORDS = Set.of("leader", "founder", "president", "minister", "senator",
			"chairman", "chairwoman", "director", "official", "envoy", "ambassador", "premier", "chief", "head",
			"spokesman", "spokeswoman", "secretary", "general", "commander", "governor", "mayor", "lawmaker", "diplomat",
			"representative", "deputy", "vice", "first", "foreign", "delegate", "member", "adviser", "advisor", "aide",
			"negotiator", "officer", "prime", "department", "of", "for", "the", "and", "on");

	private static final Pattern TITLE_NOUN = Pattern.compile("(?i)\\b(?:leader|founder|president|minister|senator|"
			+ "chair\\w*|director|official|envoy|ambassador|premier|chief|head\\w*|spokes\\w+|secretary|commander|"
			+ "governor|mayor|lawmaker|diplomat|representative|delegat\\w+|member|advis[eo]r|aide|negotiator|officer|leads?)\\b");

	private static final Pattern HEADS = Pattern.compile("\\b(?:heads|headed|leads|led|heading|leading|head of|leader of)\\b"
			+ "[^,]*\\bdelegation\\b");

	private static final Pattern DELEGATE = Pattern.compile("\\b(?:delegates?|member of the [^,]*delegation)\\b");

	private final Names names;

	private final Gazetteer places;

	/** The full names given so far, by the word a later sentence may repeat alone. */
	private final Map<String, String> surnames = new LinkedHashMap<>();

	/** The country the text gives each full name somewhere, for the places it names them without it. */
	private final Map<String, String> countries = new LinkedHashMap<>();

	/** The role the text gives each full name somewhere, likewise. */
	private final Map<String, String> roles = new LinkedHashMap<>();

	/** At most this many names of one article are looked up: a text of names alone costs no more than a long article. */
	static final int LOOKUPS = 200;

	/** The officials each full name found, looked up once. */
	private final Map<String, java.util.Optional<Names.Known>> known = new LinkedHashMap<>();

	People(Names names, Gazetteer places) {
		this.names = names;
		this.places = places;
	}

	/**
	 * Reads the full names of every sentence first, so that a surname alone finds its full name, and the country a
	 * title gives a name, so that the name has it where no title does (a headline).
	 */
	void learn(List<Sentence> sentences) {
		for (Sentence sentence : sentences) {
			for (List<Token> run : runs(sentence.plain(), Token.of(sentence.plain()))) {
				if (run.size() >= 2) {
					String full = name(sentence.plain(), run);
					Token last = run.get(run.size() - 1);
					// a Korean name writes its given name with a hyphen, after the surname
					String surname = last.base().contains("-") ? run.get(0).base() : last.base();
					this.surnames.merge(surname, full, (a, b) -> a.equals(b) ? a : "");
				}
			}
		}
		for (Sentence sentence : sentences) {
			for (Mention mention : in(sentence)) {
				if (mention.countryWords() != null) {
					this.countries.putIfAbsent(mention.full(), mention.country());
				}
				if (mention.role() != null) {
					this.roles.putIfAbsent(mention.full(), mention.role());
				}
			}
		}
	}

	/** The people the sentence names, in order, each looked up once. */
	List<Mention> in(Sentence sentence) {
		String plain = sentence.plain();
		List<Token> tokens = Token.of(plain);
		List<List<Token>> runs = runs(plain, tokens);
		List<Mention> found = new ArrayList<>();
		for (List<Token> run : runs) {
			String written = name(plain, run);
			String full = written;
			if (run.size() == 1) {
				full = this.surnames.get(run.get(0).base());
				if (full == null || full.isEmpty()) {
					continue;
				}
			}
			int nameStart = run.get(0).start();
			int nameEnd = run.get(run.size() - 1).baseEnd();
			int roleStart = roleStart(plain, tokens, run, runs);
			String role = null;
			int mentionEnd = nameEnd;
			String roleText = (roleStart < nameStart) ? plain.substring(roleStart, nameStart).strip() : null;
			String appositive = appositive(plain, run.get(run.size() - 1).end());
			String described = null;
			if (roleText != null && TITLE_NOUN.matcher(roleText).find()) {
				described = roleText;
				role = withoutLeadingCountry(roleText, this.places.places(roleText, null));
			}
			else {
				roleStart = nameStart;
				if (appositive != null) {
					described = appositive;
					role = appositive.startsWith("who ") ? appositive.substring(4) : appositive;
					mentionEnd = plain.indexOf(appositive, nameEnd) + appositive.length();
				}
			}
			Gazetteer.Place place = (described == null) ? null
					: this.places.places(described, null).stream().filter((p) -> !p.city()).findFirst().orElse(null);
			String countryText = (place == null) ? null : described.substring(place.start(), place.end());
			String given = (place != null) ? place.code() : this.countries.get(full);
			String name = full;
			String key = full + "|" + given;
			Names.Known official = (this.known.containsKey(key) || this.known.size() < LOOKUPS)
					? this.known.computeIfAbsent(key, (k) -> java.util.Optional.ofNullable(this.names.official(name, given)))
						.orElse(null)
					: null;
			String country = official != null ? official.country() : given;
			String rest = appositive != null ? appositive : "";
			found.add(new Mention(roleStart, nameStart, nameEnd, sentence.quote(nameStart, nameEnd), full,
					role != null ? sentence.quote(plain.indexOf(role, roleStart), plain.indexOf(role, roleStart) + role.length())
							: this.roles.get(full),
					country, countryText, sentence.quote(roleStart, mentionEnd), official, HEADS.matcher(rest).find(),
					DELEGATE.matcher(rest).find()));
		}
		return found;
	}

	/** Runs of name words separated by one space, outside quoted speech. */
	private static List<List<Token>> runs(String plain, List<Token> tokens) {
		List<List<Token>> runs = new ArrayList<>();
		List<Token> run = new ArrayList<>();
		boolean[] quoted = Clauses.quoted(plain);
		for (Token token : tokens) {
			boolean nameWord = token.capitalized() && !token.acronym() && !NOT_NAMES.contains(token.base())
					&& !Gazetteer.placeWord(token.base()) && !quoted[token.start()] && token.base().length() > 1
					&& token.base().chars().noneMatch(Character::isDigit);
			boolean joined = !run.isEmpty() && plain.substring(run.get(run.size() - 1).end(), token.start()).equals(" ")
					&& !run.get(run.size() - 1).possessive();
			if (nameWord && (run.isEmpty() || joined) && run.size() < 4) {
				run.add(token);
				continue;
			}
			if (!run.isEmpty()) {
				runs.add(run);
			}
			run = new ArrayList<>();
			if (nameWord) {
				run.add(token);
			}
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
	}

	private static String name(String plain, List<Token> run) {
		return plain.substring(run.get(0).start(), run.get(run.size() - 1).baseEnd());
	}

	/** Where the title before a name begins: back over capitalized words and title words, not into another name. */
	private static int roleStart(String plain, List<Token> tokens, List<Token> run, List<List<Token>> runs) {
		int index = tokens.indexOf(run.get(0));
		int start = run.get(0).start();
		for (int i = index - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			String gap = plain.substring(token.end(), tokens.get(i + 1).start());
			boolean inName = runs.stream().anyMatch((other) -> other != run && other.contains(token));
			boolean titleWord = (token.capitalized() && !inName) || TITLE_WORDS.contains(token.text());
			if (!gap.isBlank() || !titleWord || token.text().equals("By")) {
				break;
			}
			start = token.start();
		}
		// the small words a title does not begin with
		while (true) {
			String rest = plain.substring(start);
			String trimmed = rest.replaceFirst("^(?:and|of|for|the|on|On|In|At|But|A|An) ", "");
			if (trimmed.length() == rest.length() || start + (rest.length() - trimmed.length()) >= run.get(0).start()) {
				break;
			}
			start += rest.length() - trimmed.length();
		}
		return start;
	}

	/** The phrase between commas after a name, when it says who they are ("the first deputy chairman of ..."). */
	private static String appositive(String plain, int nameEnd) {
		if (!plain.startsWith(", ", nameEnd)) {
			return null;
		}
		int end = plain.indexOf(',', nameEnd + 2);
		String phrase = plain.substring(nameEnd + 2, end < 0 ? plain.length() : end).strip();
		if (phrase.endsWith(".")) {
			phrase = phrase.substring(0, phrase.length() - 1);
		}
		Matcher noun = TITLE_NOUN.matcher(phrase);
		boolean says = phrase.matches("(?:the|a|an|who|North|South|\\p{Ll}).*") && noun.find() && phrase.length() < 200;
		return says ? phrase.replaceFirst("^(?:the|a|an) ", "") : null;
	}

	/** A title without the country it begins with: "North Korean Vice Foreign Minister" is a Vice Foreign Minister. */
	private static String withoutLeadingCountry(String title, List<Gazetteer.Place> countries) {
		String role = title;
		for (Gazetteer.Place place : countries) {
			String before = title.substring(0, place.start()).strip();
			if (before.isEmpty() || before.equalsIgnoreCase("the")) {
				role = title.substring(place.end()).replaceFirst("^'s\\b", "").strip();
			}
		}
		return role.isEmpty() ? null : role;
	}

}
