package org.contacttimeline.candidate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.web.Page;
import org.contacttimeline.db.TextSearch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

/**
 * The review list of candidate groups and single groups: a page costs two statements, the groups (through the index
 * of their state, newest and most mentioned first, cut by keyset) and the most mentioned events of all of them.
 */
@Component
@Transactional(readOnly = true, transactionManager = "transactionManager")
class CandidateQuery {

	/** How many of its events a group shows in the list; one group read alone shows up to {@value #ONE}. */
	static final int LISTED = 5;

	static final int ONE = 200;

	private static final Field<Long> ID = DSL.field(name("g", "id"), SQLDataType.BIGINT);

	private static final Field<String> STATE = DSL.field(name("g", "state"), SQLDataType.VARCHAR);

	private static final Field<LocalDate> START = DSL.field(name("g", "start_date"), SQLDataType.LOCALDATE);

	private static final Field<LocalDate> END = DSL.field(name("g", "end_date"), SQLDataType.LOCALDATE);

	private static final Field<Long> MENTIONS = DSL.field(name("g", "mentions"), SQLDataType.BIGINT);

	private static final Field<String> LOW = DSL.field(name("g", "country_low"), SQLDataType.VARCHAR);

	private static final Field<String> HIGH = DSL.field(name("g", "country_high"), SQLDataType.VARCHAR);

	private static final Field<String> PLACE_COUNTRY = DSL.field(name("g", "place_country"), SQLDataType.VARCHAR);

	private static final Field<String> KIND = DSL.field(name("g", "kind_code"), SQLDataType.VARCHAR);

	private static final Field<Object> SEARCH = DSL.field(name("g", "search"), SQLDataType.OTHER);

	private static final Field<String> ORIGIN = DSL.field(name("g", "origin"), SQLDataType.VARCHAR);

	private static final String COLUMNS = "g.id, g.state, g.title, g.start_date, g.end_date, g.country_low, "
			+ "g.country_high, g.kind_code, k.label, g.place, g.place_city, g.place_country, g.mentions, "
			+ "g.candidate_count, m.slug, m.title, g.decided_by, g.decided_at, g.reason, g.origin, g.date_precision, "
			+ "d.slug, d.name, g.proposal::text";

	private static final String FROM = "select " + COLUMNS + " from candidate_group g "
			+ "join meeting_kind k on k.code = g.kind_code left join meeting m on m.id = g.meeting_id "
			+ "left join delegation d on d.id = g.delegation_id ";

	private final DSLContext db;

	private final JdbcClient jdbc;

	CandidateQuery(DSLContext db, JdbcClient jdbc) {
		this.db = db;
		this.jdbc = jdbc;
	}

	/** A page of the groups the filter selects: newest first (undated last), then most mentioned. */
	Page<CandidateGroupResponse> groups(CandidateFilter filter) {
		List<CandidateGroupResponse> rows = this.db
			.resultQuery(FROM + "where {0} order by g.start_date desc nulls last, g.mentions desc, g.id desc limit {1}",
					where(filter),
					DSL.inline(Page.fetchSize(filter.limit())))
			.fetch(CandidateQuery::group);
		Page<CandidateGroupResponse> cut = Page.cut(rows, filter.limit(), CandidateFilters::cursor);
		return cut.with(withEvents(cut.items(), LISTED));
	}

	/** The groups with these ids, in that order (without their events). */
	List<CandidateGroupResponse> groups(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, CandidateGroupResponse> found = new LinkedHashMap<>();
		this.db.resultQuery(FROM + "where {0}", ID.in(ids)).fetch(CandidateQuery::group)
			.forEach((group) -> found.put(group.id(), group));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** One group, with up to {@value #ONE} of its events, most mentioned first. */
	Optional<CandidateGroupResponse> group(long id) {
		return this.db
			.resultQuery(FROM + "where {0}", ID.eq(id))
			.fetchOptional(CandidateQuery::group)
			.map((group) -> withEvents(List.of(group), ONE).get(0));
	}

	private static Condition where(CandidateFilter filter) {
		Condition where = STATE.eq(filter.state().value())
			.and(filter.origin() != null ? ORIGIN.eq(filter.origin().value()) : noCondition());
		if (filter.date() != null) {
			where = where.and(START.le(filter.date())).and(END.ge(filter.date()));
		}
		where = where.and(filter.from() != null ? END.ge(filter.from()) : noCondition())
			.and(filter.to() != null ? START.le(filter.to()) : noCondition());
		for (String country : filter.countries()) {
			where = where.and(LOW.eq(country).or(HIGH.eq(country)));
		}
		where = where.and(filter.host() != null ? PLACE_COUNTRY.eq(filter.host()) : noCondition())
			.and(filter.kind() != null ? KIND.eq(filter.kind()) : noCondition())
			.and(filter.q() != null ? TextSearch.matches(SEARCH, TextSearch.query(filter.q())) : noCondition());
		if (filter.after() != null && filter.after().startDate() != null) {
			where = where.and(row(START, MENTIONS, ID).lt(filter.after().startDate(), filter.after().mentions(),
					filter.after().id()).or(START.isNull()));
		}
		else if (filter.after() != null) {
			// past the dated groups: the undated ones, by mentions and id
			where = where.and(START.isNull()).and(row(MENTIONS, ID).lt(filter.after().mentions(), filter.after().id()));
		}
		return where;
	}

	private List<CandidateGroupResponse> withEvents(List<CandidateGroupResponse> groups, int each) {
		if (groups.isEmpty()) {
			return groups;
		}
		Map<Long, List<CandidateGroupResponse.CandidateResponse>> events = new LinkedHashMap<>();
		groups.forEach((group) -> events.put(group.id(), new ArrayList<>()));
		this.jdbc.sql("""
				select group_id, origin, event_id, event_date, kind_code, actor1_name, actor1_country, actor2_name,
				       actor2_country, place, place_city, place_country, source_url, mentions, import_id
				from (select c.*, row_number() over (partition by group_id order by mentions desc, id) as n
				      from candidate c where group_id = any(?)) ranked
				where n <= ?
				order by group_id, n""")
			.params(groups.stream().mapToLong(CandidateGroupResponse::id).toArray(), each)
			.query((rs) -> {
				events.get(rs.getLong(1)).add(new CandidateGroupResponse.CandidateResponse(rs.getString(2),
						rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
						new CandidateGroupResponse.Actor(rs.getString(6), rs.getString(7)),
						new CandidateGroupResponse.Actor(rs.getString(8), rs.getString(9)),
						new CandidateGroupResponse.Place(rs.getString(10), rs.getString(11), rs.getString(12)),
						rs.getString(13), rs.getInt(14), rs.getLong(15)));
			});
		return groups.stream().map((group) -> group.withCandidates(List.copyOf(events.get(group.id())))).toList();
	}

	private static CandidateGroupResponse group(Record r) {
		OffsetDateTime decidedAt = r.get(17, OffsetDateTime.class);
		return new CandidateGroupResponse(r.get(0, Long.class), r.get(1, String.class), r.get(19, String.class),
				r.get(2, String.class), r.get(3, LocalDate.class), r.get(4, LocalDate.class), r.get(20, String.class),
				List.of(r.get(5, String.class), r.get(6, String.class)),
				new CandidateGroupResponse.Kind(r.get(7, String.class), r.get(8, String.class)),
				new CandidateGroupResponse.Place(r.get(9, String.class), r.get(10, String.class), r.get(11, String.class)),
				r.get(12, Long.class), r.get(13, Integer.class), List.of(),
				(r.get(14) != null) ? new CandidateGroupResponse.MeetingRef(r.get(14, String.class), r.get(15, String.class)) : null,
				(r.get(21) != null) ? new CandidateGroupResponse.MeetingRef(r.get(21, String.class), r.get(22, String.class)) : null,
				(decidedAt != null) ? new CandidateGroupResponse.Decision(r.get(16, String.class), decidedAt, r.get(18, String.class))
						: null,
				r.get(23, String.class));
	}

}
