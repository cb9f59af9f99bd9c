package org.contacttimeline.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.web.Page.Cursor;
import org.contacttimeline.web.Page;
import org.contacttimeline.db.TextSearch;
import org.contacttimeline.editing.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.noCondition;

/**
 * The read model of sources: a page of sources by slug; a source with the first facts that cite it, and those
 * facts as a list of their own, in the order they were recorded.
 */
@Component
@Transactional(readOnly = true, transactionManager = "transactionManager")
class SourceQuery {

	/** How many citing facts the single view shows before linking to the rest. */
	static final int NESTED = 50;

	private static final Table<?> SOURCE = table(name("source")).as("s");

	private static final Field<Long> ID = field(name("s", "id"), SQLDataType.BIGINT);

	private static final Field<String> SLUG = field(name("s", "slug"), SQLDataType.VARCHAR);

	private static final Field<String> PUBLISHER = field(name("s", "publisher"), SQLDataType.VARCHAR);

	private static final Field<String> HEADLINE = field(name("s", "headline"), SQLDataType.VARCHAR);

	private static final Field<String> AUTHOR = field(name("s", "author"), SQLDataType.VARCHAR);

	private static final Field<String> URL = field(name("s", "url"), SQLDataType.VARCHAR);

	private static final Field<LocalDate> PUBLISHED_ON = field(name("s", "published_on"), SQLDataType.LOCALDATE);

	private static final Field<Long> VERSION = field(name("s", "version"), SQLDataType.BIGINT);

	private static final Field<Object> SEARCH = field(name("s", "search"), SQLDataType.OTHER);

	private static final List<Field<?>> COLUMNS = List.of(ID, SLUG, PUBLISHER, HEADLINE, AUTHOR, URL, PUBLISHED_ON, VERSION);

	/**
	 * What cites a source, after a position: its citations (kind 0) by id, then the dates it reports for delegations
	 * (kind 1) by id.
	 */
	private static final String USES = """
			select * from (
			    select 0 as kind, c.id, 'meeting' as subject, m.slug, m.title, c.claim
			    from citation c join meeting m on m.id = c.meeting_id where c.source_id = :source
			    union all
			    select 0, c.id, 'delegation', d.slug, d.name, c.claim
			    from citation c join delegation d on d.id = c.delegation_id where c.source_id = :source
			    union all
			    select 0, c.id, 'position', o.slug, p.title, c.claim
			    from citation c join position p on p.id = c.position_id join official o on o.id = p.official_id
			    where c.source_id = :source
			    union all
			    select 1, r.id, 'delegation-dates', d.slug, d.name, r.note
			    from delegation_reported_dates r join delegation d on d.id = r.delegation_id where r.source_id = :source
			) u
			where (u.kind, u.id) > (:kind, :after)
			order by u.kind, u.id
			limit :limit""";

	private final DSLContext db;

	private final JdbcClient jdbc;

	SourceQuery(DSLContext db, JdbcClient jdbc) {
		this.db = db;
		this.jdbc = jdbc;
	}

	Page<SourceDetailResponse> find(String q, int limit, Cursor cursor) {
		Condition condition = noCondition();
		if (q != null) {
			condition = condition.and(TextSearch.matches(SEARCH, TextSearch.query(q)));
		}
		if (cursor != null) {
			condition = condition.and(SLUG.gt(param("cursor", cursor.slug())));
		}
		List<Record> rows = this.db.fetch(select(COLUMNS)
			.from(SOURCE)
			.where(condition)
			.orderBy(SLUG)
			.limit(param("limit", Page.fetchSize(limit))));
		Page<Record> cut = Page.cut(rows, limit, (r) -> new Cursor(null, r.get(SLUG), "source"));
		return cut.with(cut.items().stream().map((r) -> response(r, null, null)).toList());
	}

	/** The source with the given slug and its first citing facts, with the version its ETag is made from. */
	Optional<Versioned<SourceDetailResponse>> findBySlug(String slug) {
		return source(slug).map((r) -> {
			Page<SourceDetailResponse.Use> uses = uses(r.get(ID), NESTED, null);
			return new Versioned<>(response(r, uses.items(),
					Page.continuation("/api/v1/sources/" + slug + "/citations", Map.of(), uses.next())), r.get(VERSION));
		});
	}

	/** A page of the facts that cite the source with the given slug; empty when there is no such source. */
	Optional<Page<SourceDetailResponse.Use>> citations(String slug, int limit, Cursor cursor) {
		return source(slug).map((r) -> uses(r.get(ID), limit, cursor));
	}

	/** Whether a cursor was made by a page of citations (another list's cursor names no citation to go on from). */
	static boolean citationsCursor(Cursor cursor) {
		return (cursor.type().equals("dates") || cursor.type().equals("citation")) && cursor.slug().matches("[0-9]{1,18}");
	}

	private Optional<Record> source(String slug) {
		return this.db.fetchOptional(select(COLUMNS)
			.from(SOURCE)
			.where(SLUG.eq(param("slug", slug))));
	}

	private Page<SourceDetailResponse.Use> uses(long source, int limit, Cursor cursor) {
		record Used(int kind, long id, String subject, String slug, String title, String claim) {
		}
		List<Used> rows = this.jdbc.sql(USES)
			.param("source", source)
			.param("kind", (cursor == null) ? -1 : cursor.type().equals("dates") ? 1 : 0)
			.param("after", (cursor == null) ? 0L : Long.parseLong(cursor.slug()))
			.param("limit", Page.fetchSize(limit))
			.query(Used.class)
			.list();
		Page<Used> cut = Page.cut(rows, limit,
				(used) -> new Cursor(null, Long.toString(used.id()), (used.kind() == 1) ? "dates" : "citation"));
		return cut.with(cut.items().stream()
			.map((used) -> new SourceDetailResponse.Use(used.subject(), used.slug(), used.title(), used.claim()))
			.toList());
	}

	private static SourceDetailResponse response(Record r, List<SourceDetailResponse.Use> uses, String more) {
		return new SourceDetailResponse(r.get(SLUG), r.get(PUBLISHER), r.get(HEADLINE), r.get(AUTHOR), r.get(URL),
				r.get(PUBLISHED_ON), uses, more);
	}

}
