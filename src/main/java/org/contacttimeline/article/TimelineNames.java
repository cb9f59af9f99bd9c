package org.contacttimeline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.contacttimeline.official.OfficialNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline's officials and organizations, as an article names them: officials through {@link OfficialNames}
 * (names, aliases, spelling variants; trigram similarity for suggestions); an organization by a word of its name
 * ("TASS", "Yonhap") or by its country and the words of its kind ("Russia's foreign ministry"); none when several
 * would do.
 */
@Component
class TimelineNames implements Names {

	/** How many officials a name that found none suggests. */
	private static final int SUGGESTED = 3;

	private static final Set<String> NOT_KEYWORDS = Set.of("the", "a", "an", "of", "official", "state", "news", "s",
			"its", "country", "country's");

	private final OfficialNames officials;

	private final JdbcClient jdbc;

	TimelineNames(OfficialNames officials, JdbcClient jdbc) {
		this.officials = officials;
		this.jdbc = jdbc;
	}

	@Override
	public Known official(String written, String country) {
		List<OfficialNames.NameMatch> found = this.officials.find(written);
		if (country != null && found.size() > 1) {
			found = found.stream().filter((match) -> country.equals(match.country())).toList();
		}
		if (found.size() != 1) {
			return null;
		}
		OfficialNames.NameMatch match = found.get(0);
		return new Known(match.slug(), match.name(), match.country(), match.matchedBy());
	}

	@Override
	public List<Known> suggestions(String written) {
		return this.officials.closest(written, SUGGESTED).stream()
			.map((match) -> new Known(match.slug(), match.name(), match.country(), match.matchedBy()))
			.toList();
	}

	@Override
	public Body organization(String written, String country) {
		for (String word : written.split("[\\s()]+")) {
			if (word.length() > 2 && Character.isUpperCase(word.charAt(0)) && !Gazetteer.placeWord(word.replace("'s", ""))) {
				// the whole name (TASS), a news medium's first word (Yonhap News Agency), an acronym in brackets
				List<Body> named = this.jdbc.sql("""
						select slug, name from organization
						where name = :word or (kind in ('news_agency', 'newspaper') and name like :word || ' %')
						   or name like '% (' || :word || ')'
						order by slug limit 2""")
					.param("word", word)
					.query((rs, n) -> new Body(rs.getString(1), rs.getString(2)))
					.list();
				if (named.size() == 1) {
					return named.get(0);
				}
			}
		}
		List<Gazetteer.Place> places = new Gazetteer(written).places(written, null);
		String code = places.isEmpty() ? country : places.get(0).code();
		if (code == null) {
			return null;
		}
		List<String> keywords = new ArrayList<>();
		for (String word : written.toLowerCase(Locale.ROOT).replaceAll("'s\\b", "").split("[^\\p{L}]+")) {
			if (!word.isEmpty() && !NOT_KEYWORDS.contains(word) && !Gazetteer.placeWord(capitalized(word))) {
				keywords.add(word);
			}
		}
		if (keywords.isEmpty()) {
			return null;
		}
		List<Body> kind = this.jdbc.sql("select slug, name from organization where country_code = :country order by slug")
			.param("country", code)
			.query((rs, n) -> new Body(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.filter((body) -> keywords.stream().allMatch((k) -> body.name().toLowerCase(Locale.ROOT).contains(k)))
			.toList();
		return kind.size() == 1 ? kind.get(0) : null;
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
