package org.contacttimeline.official;

import org.contacttimeline.db.TextSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials found by a name as some text writes it: by their name or an alias in any of the spellings
 * {@link NameVariants} knows, read through the search index and then compared whole (so that "Kim" alone finds no
 * Kim Jong-un); and, for a name that finds none, the officials whose names or aliases are closest to it by trigram
 * similarity, read through the trigram index (migration V77).
 */
@Component
@Transactional(readOnly = true, transactionManager = "transactionManager")
public class OfficialNames {

	/** The least word similarity of a name suggested for another. */
	static final double CLOSE = 0.45;

	/** How many officials the search index may offer for one name before they are compared whole. */
	private static final int OFFERED = 50;

	private final JdbcClient jdbc;

	OfficialNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An official a name found.
	 *
	 * @param matchedBy {@code name}, the alias and its source, or the spelling rule that joins the two names
	 */
	public record NameMatch(String slug, String name, String country, String matchedBy) {
	}

	/** The officials a name as written names, whole, in any spelling of their name or an alias. */
	public List<NameMatch> find(String written) {
		if (TextSearch.words(written).isEmpty()) {
			return List.of();
		}
		List<NameMatch> found = new ArrayList<>();
		this.jdbc.sql("""
				select o.slug, o.name, o.country_code,
				       (select string_agg(a.name || chr(31) || a.source, chr(30) order by a.ordinal)
				        from official_alias a where a.official_id = o.id)
				from official o where o.search @@ search_query(:q) order by o.slug limit :offered""")
			.param("q", NameVariants.query(written).getValue())
			.param("offered", OFFERED)
			.query((rs) -> {
				String name = rs.getString(2);
				NameMatch match = null;
				if (NameVariants.same(written, name)) {
					String rule = NameVariants.rule(written, name);
					match = new NameMatch(rs.getString(1), name, rs.getString(3), rule == null ? "name" : "name, " + rule);
				}
				String aliases = rs.getString(4);
				for (String alias : (match == null && aliases != null) ? aliases.split("\u001e") : new String[0]) {
					String[] parts = alias.split("\u001f", 2);
					if (match == null && NameVariants.same(written, parts[0])) {
						String rule = NameVariants.rule(written, parts[0]);
						match = new NameMatch(rs.getString(1), name, rs.getString(3),
								"alias " + parts[0] + " (" + parts[1] + ")" + (rule == null ? "" : ", " + rule));
					}
				}
				if (match != null) {
					found.add(match);
				}
			});
		return found;
	}

	/**
	 * The officials whose names or aliases are closest to a name, best first: a word similarity of at least
	 * {@value #CLOSE} (pg_trgm's default, 0.6, misses a letter written twice or two letters swapped in a short name).
	 */
	public List<NameMatch> closest(String written, int limit) {
		Map<String, NameMatch> found = new LinkedHashMap<>();
		this.jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :close, true)")
			.param("close", Double.toString(CLOSE)).query((rs, n) -> 0).single();
		this.jdbc.sql("""
				select slug, name, country_code, spelled from (
				  select o.slug, o.name, o.country_code, o.name as spelled,
				         word_similarity(name_form(:q), name_form(o.name)) as score
				  from official o where name_form(:q) <% name_form(o.name)
				  union all
				  select o.slug, o.name, o.country_code, a.name, word_similarity(name_form(:q), name_form(a.name))
				  from official_alias a join official o on o.id = a.official_id where name_form(:q) <% name_form(a.name)
				) close order by score desc, slug limit :limit""")
			.param("q", written)
			.param("limit", limit * 2)
			.query((rs) -> {
				String slug = rs.getString(1);
				String similar = rs.getString(4);
				found.putIfAbsent(slug, new NameMatch(slug, rs.getString(2), rs.getString(3),
						similar.equals(rs.getString(2)) ? "a name close to it" : "an alias close to it: " + similar));
			});
		return found.values().stream().limit(limit).toList();
	}

}
