package org.contacttimeline.official;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactQuery;
import org.contacttimeline.contact.MeetingSummary;
import org.contacttimeline.source.Citations;
import org.contacttimeline.web.Page.Cursor;
import org.contacttimeline.web.Page;
import org.contacttimeline.db.TextSearch;
import org.contacttimeline.editing.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.noCondition;

/**
 * The read model of officials: a page of officials by slug, then their positions and the positions' citations; on
 * the single view also their first meetings, with a link to the rest.
 */
@Component
// one snapshot for the page's statements (the pool's default isolation is REPEATABLE READ, see
// application.properties): a page never shows a meeting with another version's participants
@Transactional(readOnly = true, transactionManager = "transactionManager")
public class OfficialQuery {

	private static final Table<?> OFFICIAL = table(name("official")).as("o");

	private static final Field<Long> ID = field(name("o", "id"), SQLDataType.BIGINT);

	private static final Field<String> SLUG = field(name("o", "slug"), SQLDataType.VARCHAR);

	private static final Field<String> NAME = field(name("o", "name"), SQLDataType.VARCHAR);

	private static final Field<String> ORIGINAL_NAME = field(name("o", "original_name"), SQLDataType.VARCHAR);

	private static final Field<String> ORIGINAL_NAME_SOURCE = field(name("o", "original_name_source"), SQLDataType.VARCHAR);

	private static final Field<String> WIKIDATA = field(name("o", "wikidata"), SQLDataType.VARCHAR);

	private static final Field<String> WIKIDATA_SOURCE = field(name("o", "wikidata_source"), SQLDataType.VARCHAR);

	private static final Field<String> COUNTRY = field(name("o", "country_code"), SQLDataType.VARCHAR);

	private static final Field<Object> SEARCH = field(name("o", "search"), SQLDataType.OTHER);

	private static final Field<Long> VERSION = field(name("o", "version"), SQLDataType.BIGINT);

	/** The aliases of the official in one column, in order: name and source apart by U+001F, aliases by U+001E. */
	private static final Field<String> ALIASES = field("(select string_agg(a.name || chr(31) || a.source, chr(30) "
			+ "order by a.ordinal) from official_alias a where a.official_id = {0})", SQLDataType.VARCHAR, ID)
		.as("aliases");

	private final DSLContext db;

	/** Lookups by slug, planned once per connection ({@link ContactQuery#byKey}). */
	private final DSLContext byKey;

	private final JdbcClient jdbc;

	private final Citations citations;

	private final ContactQuery contacts;

	OfficialQuery(DSLContext db, JdbcClient jdbc, Citations citations, ContactQuery contacts) {
		this.db = db;
		this.byKey = ContactQuery.byKey(db);
		this.jdbc = jdbc;
		this.citations = citations;
		this.contacts = contacts;
	}

	Page<OfficialResponse> find(String country, String q, String wikidata, int limit, Cursor cursor) {
		Condition condition = noCondition();
		if (wikidata != null) {
			condition = condition.and(WIKIDATA.eq(param("wikidata", wikidata)));
		}
		if (country != null) {
			condition = condition.and(COUNTRY.eq(param("country", country)));
		}
		if (q != null) {
			condition = condition.and(TextSearch.matches(SEARCH, NameVariants.query(q)));
		}
		if (cursor != null) {
			condition = condition.and(SLUG.gt(param("cursor", cursor.slug())));
		}
		List<Row> rows = this.db.fetch(officials().and(condition).orderBy(SLUG).limit(param("limit", Page.fetchSize(limit))))
			.map(OfficialQuery::row);
		Page<Row> cut = Page.cut(rows, limit, (row) -> new Cursor(null, row.slug(), "official"));
		Map<Long, List<OfficialResponse.PositionResponse>> positions = positions(cut.items().stream().map(Row::id).toList());
		return cut.with(cut.items().stream().map((row) -> row.toResponse(positions, null, null)).toList());
	}

	/** The officials with the given slugs, by slug, with their positions (without their meetings). */
	public List<OfficialResponse> findBySlugs(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return List.of();
		}
		List<Row> rows = this.db.fetch(officials().and(SLUG.eq(any(slugs.toArray(String[]::new)))).orderBy(SLUG))
			.map(OfficialQuery::row);
		Map<Long, List<OfficialResponse.PositionResponse>> positions = positions(rows.stream().map(Row::id).toList());
		return rows.stream().map((row) -> row.toResponse(positions, null, null)).toList();
	}

	/**
	 * The official with the given slug, with their first meetings (and where the rest continue) and the version
	 * its ETag is made from.
	 */
	Optional<Versioned<OfficialResponse>> findBySlug(String slug) {
		List<Row> rows = this.byKey.fetch(officials().and(SLUG.eq(param("slug", slug)))).map(OfficialQuery::row);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row row = rows.get(0);
		Page<MeetingSummary> meetings = this.contacts.meetingSummaries(ContactFilter.ofOfficial(slug, ContactQuery.NESTED),
				slug);
		return Optional.of(new Versioned<>(row.toResponse(positions(List.of(row.id())), meetings.items(),
				Page.continuation("/api/v1/meetings", Map.of("official", slug), meetings.next())), row.version()));
	}

	private static SelectConditionStep<Record> officials() {
		return select(List.of(ID, SLUG, NAME, ORIGINAL_NAME, ORIGINAL_NAME_SOURCE, COUNTRY, WIKIDATA, WIKIDATA_SOURCE,
				VERSION, ALIASES)).from(OFFICIAL).where(noCondition());
	}

	private static Row row(Record r) {
		return new Row(r.get(ID), r.get(SLUG), r.get(NAME), r.get(ORIGINAL_NAME), r.get(ORIGINAL_NAME_SOURCE),
				r.get(COUNTRY), r.get(WIKIDATA), r.get(WIKIDATA_SOURCE), r.get(VERSION), aliases(r.get(ALIASES)));
	}

	private static List<OfficialResponse.Alias> aliases(String column) {
		if (column == null) {
			return List.of();
		}
		List<OfficialResponse.Alias> aliases = new ArrayList<>();
		for (String alias : column.split("\u001e")) {
			String[] parts = alias.split("\u001f", 2);
			aliases.add(new OfficialResponse.Alias(parts[0], parts[1]));
		}
		return aliases;
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
			String countryCode, String wikidata, String wikidataSource, long version, List<OfficialResponse.Alias> aliases) {

		OfficialResponse toResponse(Map<Long, List<OfficialResponse.PositionResponse>> positions,
				List<MeetingSummary> meetings, String moreMeetings) {
			return new OfficialResponse(this.slug, this.name, this.originalName, this.originalNameSource,
					this.countryCode, this.wikidata, this.wikidataSource, this.aliases, positions.getOrDefault(this.id, List.of()),
					meetings, moreMeetings);
		}

	}

}
