package org.contacttimeline.web;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.SQLDataType;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.param;

/**
 * Text search, the same for every list: the text asked for is looked up as a substring of a resource's search
 * document, a column the database keeps in {@code search_form} (lower case, accents removed; migration V9) and
 * indexes by trigrams, so that a search reads the index, not every row.
 */
public final class TextSearch {

	private TextSearch() {
	}

	/** The LIKE pattern that finds {@code q} anywhere, as the named parameter {@code q}. */
	public static Param<String> pattern(String q) {
		return param("q", "%" + escapeLike(q) + "%");
	}

	/** Whether the search document holds the text of the pattern, in any case and with or without accents. */
	public static Condition matches(Field<String> document, Param<String> pattern) {
		return document.like(function("search_form", SQLDataType.VARCHAR, pattern), '\\');
	}

	/** The text with LIKE's wildcards and its escape character escaped, so that each stands for itself. */
	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
