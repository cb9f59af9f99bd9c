package org.contacttimeline.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of sources: a page of sources by slug, then in one statement what cites each of them.
 */
@Component
// one snapshot for the page's statements (the pool's default isolation is REPEATABLE READ, see
// application.properties): a page never shows a meeting with another version's participants
@Transactional(readOnly = true)
class SourceQuery {

	private static final String COLUMNS = "select id, slug, publisher, headline, author, url, published_on, version from source s";

	private static final String USES = """
			select c.source_id, 'meeting' as subject, m.slug, m.title, c.claim, c.ordinal, c.id
			from citation c join meeting m on m.id = c.meeting_id where c.source_id = any(:ids)
			union all
			select c.source_id, 'delegation', d.slug, d.name, c.claim, c.ordinal, c.id
			from citation c join delegation d on d.id = c.delegation_id where c.source_id = any(:ids)
			union all
			select c.source_id, 'position', o.slug, p.title, c.claim, c.ordinal, c.id
			from citation c join position p on p.id = c.position_id join official o on o.id = p.official_id
			where c.source_id = any(:ids)
			union all
			select r.source_id, 'delegation-dates', d.slug, d.name, r.note, 0, r.id
			from delegation_reported_dates r join delegation d on d.id = r.delegation_id where r.source_id = any(:ids)
			order by 1, 2, 3, 6, 7""";

	private final JdbcClient jdbc;

	SourceQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<SourceDetailResponse> find(String q, int limit, Cursor cursor) {
		StringBuilder sql = new StringBuilder(COLUMNS).append(" where true");
		Map<String, Object> parameters = new HashMap<>();
		if (q != null) {
			sql.append(" and (s.publisher ilike :q escape '\\' or s.headline ilike :q escape '\\'"
					+ " or s.author ilike :q escape '\\' or s.slug ilike :q escape '\\')");
			parameters.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (cursor != null) {
			sql.append(" and s.slug > :cursor");
			parameters.put("cursor", cursor.slug());
		}
		sql.append(" order by s.slug limit :limit");
		parameters.put("limit", limit + 1);
		List<Row> rows = this.jdbc.sql(sql.toString()).params(parameters).query(Row.class).list();
		boolean more = rows.size() > limit;
		List<Row> page = more ? rows.subList(0, limit) : rows;
		String next = more ? new Cursor(null, page.get(page.size() - 1).slug(), "source").encode() : null;
		Map<Long, List<SourceDetailResponse.Use>> uses = uses(page);
		return new Page<>(page.stream().map((row) -> row.toResponse(uses)).toList(), next);
	}

	/** The source with the given slug, with the version its ETag is made from. */
	Optional<Versioned<SourceDetailResponse>> findBySlug(String slug) {
		List<Row> rows = this.jdbc.sql(COLUMNS + " where s.slug = :slug").param("slug", slug).query(Row.class).list();
		return rows.stream().findFirst().map((row) -> new Versioned<>(row.toResponse(uses(rows)), row.version()));
	}

	private Map<Long, List<SourceDetailResponse.Use>> uses(List<Row> sources) {
		Map<Long, List<SourceDetailResponse.Use>> result = new HashMap<>();
		if (sources.isEmpty()) {
			return result;
		}
		this.jdbc.sql(USES)
			.param("ids", sources.stream().map(Row::id).toArray(Long[]::new))
			.query((rs, n) -> result.computeIfAbsent(rs.getLong("source_id"), (id) -> new ArrayList<>())
				.add(new SourceDetailResponse.Use(rs.getString("subject"), rs.getString("slug"), rs.getString("title"),
						rs.getString("claim"))))
			.list();
		return result;
	}

	private record Row(long id, String slug, String publisher, String headline, String author, String url,
			LocalDate publishedOn, long version) {

		SourceDetailResponse toResponse(Map<Long, List<SourceDetailResponse.Use>> uses) {
			return new SourceDetailResponse(this.slug, this.publisher, this.headline, this.author, this.url,
					this.publishedOn, uses.getOrDefault(this.id, List.of()));
		}

	}

}
