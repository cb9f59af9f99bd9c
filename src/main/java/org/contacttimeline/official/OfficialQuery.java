package org.contacttimeline.official;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contacttimeline.meeting.MeetingSummary;
import org.contacttimeline.source.Citations;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of officials: a page of officials by slug, then their positions and the positions' citations.
 */
@Component
// one snapshot for the page's statements (the pool's default isolation is REPEATABLE READ, see
// application.properties): a page never shows a meeting with another version's participants
@Transactional(readOnly = true)
public class OfficialQuery {

	private static final String COLUMNS = "o.id, o.slug, o.name, o.original_name, o.original_name_source, o.country_code,"
			+ " o.wikidata, o.wikidata_source, o.version";

	private final JdbcClient jdbc;

	private final Citations citations;

	OfficialQuery(JdbcClient jdbc, Citations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	Page<OfficialResponse> find(String country, String q, String wikidata, int limit, Cursor cursor) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from official o where true");
		Map<String, Object> parameters = new HashMap<>();
		if (wikidata != null) {
			sql.append(" and o.wikidata = :wikidata");
			parameters.put("wikidata", wikidata);
		}
		if (country != null) {
			sql.append(" and o.country_code = :country");
			parameters.put("country", country);
		}
		if (q != null) {
			sql.append(" and (o.name ilike :q escape '\\' or o.original_name ilike :q escape '\\' or o.slug ilike :q escape '\\'"
					+ " or exists (select 1 from position p where p.official_id = o.id and p.title ilike :q escape '\\'))");
			parameters.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (cursor != null) {
			sql.append(" and o.slug > :cursor");
			parameters.put("cursor", cursor.slug());
		}
		sql.append(" order by o.slug limit :limit");
		parameters.put("limit", limit + 1);
		List<Row> rows = this.jdbc.sql(sql.toString()).params(parameters).query(Row.class).list();
		boolean more = rows.size() > limit;
		List<Row> page = more ? rows.subList(0, limit) : rows;
		String next = more ? new Cursor(null, page.get(page.size() - 1).slug(), "official").encode() : null;
		Map<Long, List<OfficialResponse.PositionResponse>> positions = positions(page.stream().map(Row::id).toList());
		return new Page<>(page.stream().map((row) -> row.toResponse(positions, null)).toList(), next);
	}

	/** The officials with the given slugs, by slug, with their positions (without their meetings). */
	public List<OfficialResponse> findBySlugs(java.util.Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return List.of();
		}
		List<Row> rows = this.jdbc.sql("select " + COLUMNS + " from official o where o.slug = any(:slugs) order by o.slug")
			.param("slugs", slugs.toArray(String[]::new))
			.query(Row.class)
			.list();
		Map<Long, List<OfficialResponse.PositionResponse>> positions = positions(rows.stream().map(Row::id).toList());
		return rows.stream().map((row) -> row.toResponse(positions, null)).toList();
	}

	/** The official with the given slug, with the meetings taken part in and the version its ETag is made from. */
	Optional<Versioned<OfficialResponse>> findBySlug(String slug) {
		List<Row> rows = this.jdbc.sql("select " + COLUMNS + " from official o where o.slug = :slug")
			.param("slug", slug)
			.query(Row.class)
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row row = rows.get(0);
		List<MeetingSummary> meetings = this.jdbc.sql("""
				select m.slug, m.title, m.start_date, m.end_date, m.date_precision, m.status, p.role
				from meeting_participant p join meeting m on m.id = p.meeting_id
				where p.official_id = :id
				order by m.start_date asc nulls last, m.slug""")
			.param("id", row.id())
			.query(MeetingSummary.class)
			.list();
		return Optional.of(new Versioned<>(row.toResponse(positions(List.of(row.id())), meetings), row.version()));
	}

	private Map<Long, List<OfficialResponse.PositionResponse>> positions(List<Long> officialIds) {
		Map<Long, List<OfficialResponse.PositionResponse>> result = new HashMap<>();
		if (officialIds.isEmpty()) {
			return result;
		}
		record PositionRow(long id, long officialId, String title, String orgSlug, String orgName, String orgCountry,
				String orgKind, LocalDate startDate, LocalDate endDate, LocalDate attestedFrom, LocalDate attestedTo,
				String note) {
		}
		List<PositionRow> rows = this.jdbc.sql("""
				select p.id, p.official_id, p.title, g.slug as org_slug, g.name as org_name,
				       g.country_code as org_country, g.kind as org_kind, p.start_date, p.end_date, p.attested_from,
				       p.attested_to, p.note
				from position p left join organization g on g.id = p.organization_id
				where p.official_id = any(:ids)
				order by p.official_id, p.start_date asc nulls last, p.ordinal, p.id""")
			.param("ids", officialIds.toArray(Long[]::new))
			.query(PositionRow.class)
			.list();
		Citations.Found cited = this.citations.load(List.of(), List.of(), rows.stream().map(PositionRow::id).toList());
		for (PositionRow row : rows) {
			OfficialResponse.Organization organization = row.orgSlug() != null ? new OfficialResponse.Organization(
					row.orgSlug(), row.orgName(), row.orgCountry(), row.orgKind()) : null;
			result.computeIfAbsent(row.officialId(), (id) -> new ArrayList<>())
				.add(new OfficialResponse.PositionResponse(row.title(), organization, row.startDate(), row.endDate(),
						row.attestedFrom(), row.attestedTo(), row.note(), cited.ofPosition(row.id())));
		}
		return result;
	}

	private record Row(long id, String slug, String name, String originalName, String originalNameSource,
			String countryCode, String wikidata, String wikidataSource, long version) {

		OfficialResponse toResponse(Map<Long, List<OfficialResponse.PositionResponse>> positions,
				List<MeetingSummary> meetings) {
			return new OfficialResponse(this.slug, this.name, this.originalName, this.originalNameSource,
					this.countryCode, this.wikidata, this.wikidataSource, positions.getOrDefault(this.id, List.of()),
					meetings);
		}

	}

}
