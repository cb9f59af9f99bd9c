package org.contacttimeline.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the citations of many meetings, delegations or positions in one statement, so that a page costs the same
 * number of statements whatever its size.
 */
@Component
public class Citations {

	/** What a citation supports: the column of {@code citation} that points to it. */
	public enum Subject {

		MEETING("meeting_id"), DELEGATION("delegation_id"), POSITION("position_id");

		private final String column;

		Subject(String column) {
			this.column = column;
		}

	}

	private final JdbcClient jdbc;

	Citations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sources cited for each of the given ids, in the order the data gives them. */
	public Map<Long, List<SourceResponse>> of(Subject subject, Collection<Long> ids) {
		Map<Long, List<SourceResponse>> result = new HashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select c.%1$s as subject_id, s.publisher, s.headline, s.author, s.url, s.published_on, c.quote, c.claim
				from citation c join source s on s.id = c.source_id
				where c.%1$s in (:ids)
				order by c.%1$s, c.ordinal, c.id""".formatted(subject.column))
			.param("ids", ids)
			.query((rs, row) -> {
				result.computeIfAbsent(rs.getLong("subject_id"), (id) -> new ArrayList<>())
					.add(new SourceResponse(rs.getString("publisher"), rs.getString("headline"),
							rs.getString("author"), rs.getString("url"),
							rs.getObject("published_on", java.time.LocalDate.class), rs.getString("quote"),
							rs.getString("claim")));
				return null;
			})
			.list();
		return result;
	}

}
