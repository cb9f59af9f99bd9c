package org.contacttimeline.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.analytics.AnalyticsList.ContactType;
import org.contacttimeline.analytics.AnalyticsList.Grouping;
import org.contacttimeline.analytics.AnalyticsList.Split;
import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactSelection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.grouping;
import static org.jooq.impl.DSL.groupingSets;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.trueCondition;

/**
 * Counts contacts by the month they started in, in one statement, from where they can be counted cheaply:
 * <ul>
 * <li>the rollup {@code contact_count} (kept by triggers, see V30) answers the filters it is keyed by: types,
 * status, kind, up to two countries or a host (one country when split by country), and dates in whole months
 * ({@link StatsRollup}, which reads the sums by year for counts by year when it can); contacts that started before
 * such a period and still run on its first day are added from the engine's rows (a few, found by the period index);</li>
 * <li>any other filter (an official, a delegation, text, a day, dates inside a month, three countries, a host
 * with countries) is counted from the rows the engine selects ({@link ContactSelection}), with its conditions.</li>
 * </ul>
 * Each row is a bucket (first day of the month or, for contacts known only to their year, of the year; none for
 * undated contacts), its precision, a key of the split and a count; {@link Row#role} says whether the row counts
 * the split, the totals, or both.
 */
@Component
@Transactional(readOnly = true, transactionManager = "transactionManager")
class StatsQuery {

	/** Split rows whose keys also add up to the totals (each contact has exactly one key). */
	static final int SPLIT_AND_TOTAL = -1;

	static final int SPLIT = 0;

	static final int TOTAL = 1;

	private final DSLContext db;

	StatsQuery(DSLContext db) {
		this.db = db;
	}

	/** A count: bucket ({@code null} undated), precision ({@code month}, {@code year}, {@code none}), key, role. */
	record Row(LocalDate bucket, String precision, String key, int role, long contacts) {
	}

	/** The counts and whether the rollup answered. */
	record Counted(List<Row> rows, boolean fromRollup) {
	}

	Counted count(ContactFilter filter, ContactType type, Split by, Grouping group) {
		Select<Record5<LocalDate, String, String, Integer, Long>> select;
		boolean rollup = StatsRollup.answers(filter, by);
		if (rollup) {
			boolean years = StatsRollup.answersFromYears(filter, by, group);
			if (years && by == Split.PAIR && filter.from() == null && filter.to() == null) {
				// all time's pairs are known from their sums before any is counted: 35,000 at a million meetings,
				// over 77 years, far more than an answer holds, which counting them took 2.5 s to find
				Record3<Integer, Integer, Integer> size = this.db.fetchOne(StatsRollup.pairsAndYears(type));
				Stats.checkSize(size.value1(), (size.value2() == null) ? 0 : size.value3() - size.value2() + 1, by);
			}
			select = years ? StatsRollup.years(filter, type, by) : StatsRollup.months(filter, type, by);
			if (filter.from() != null) {
				select = select.unionAll(engine(filter, type, by, true));
			}
		}
		else {
			select = engine(filter, type, by, false);
		}
		List<Row> rows = new ArrayList<>();
		for (Record r : this.db.fetch(select)) {
			rows.add(new Row(r.get(0, LocalDate.class), r.get(1, String.class), r.get(2, String.class),
					r.get(3, Integer.class), r.get(4, Long.class)));
		}
		return new Counted(rows, rollup);
	}

	/**
	 * Counts the engine's rows: each contact the filter selects (or, with {@code stillRunningOnly}, each that
	 * started before its first day and still runs), once in the totals and once under each of its keys.
	 */
	private static Select<Record5<LocalDate, String, String, Integer, Long>> engine(ContactFilter filter,
			ContactType type, Split by, boolean stillRunningOnly) {
		List<Select<Record5<LocalDate, String, String, Long, String>>> parts = new ArrayList<>();
		if (type.meetings()) {
			Field<Long> id = field(name("m", "id"), SQLDataType.BIGINT);
			Table<?> keys = switch (by == null ? Split.KIND : by) {
				case KIND -> select((by == null) ? inline((String) null, SQLDataType.VARCHAR).as("key")
						: field(name("m", "kind_code"), SQLDataType.VARCHAR).as("key")).asTable("k");
				case STATUS -> select(field(name("m", "status"), SQLDataType.VARCHAR).as("key")).asTable("k");
				case HOST -> select(function("coalesce", SQLDataType.VARCHAR,
						field(name("m", "location_country"), SQLDataType.VARCHAR), inline("none")).as("key")).asTable("k");
				case COUNTRY -> select(field(name("s", "country_code"), SQLDataType.VARCHAR).as("key"))
					.from(table(name("meeting_country")).as("s"))
					.where(field(name("s", "meeting_id"), SQLDataType.BIGINT).eq(id))
					.asTable("k");
				case PAIR -> select(field(name("a", "country_code"), SQLDataType.VARCHAR).concat(inline("-"))
					.concat(field(name("b", "country_code"), SQLDataType.VARCHAR)).as("key"))
					.from(table(name("meeting_country")).as("a"))
					.join(table(name("meeting_country")).as("b"))
					.on(field(name("b", "meeting_id"), SQLDataType.BIGINT).eq(field(name("a", "meeting_id"), SQLDataType.BIGINT))
						.and(field(name("a", "country_code"), SQLDataType.VARCHAR).lt(field(name("b", "country_code"), SQLDataType.VARCHAR))))
					.where(field(name("a", "meeting_id"), SQLDataType.BIGINT).eq(id))
					.asTable("k");
			};
			parts.add(rows("meeting", "m", keys, stillRunningOnly ? ContactSelection.meetingsStillRunning(filter)
					: ContactSelection.meetings(filter)));
		}
		if (type.delegations()) {
			Field<String> sending = field(name("d", "sending_country"), SQLDataType.VARCHAR);
			Field<String> host = field(name("d", "host_country"), SQLDataType.VARCHAR);
			Table<?> keys = switch (by == null ? Split.KIND : by) {
				case KIND -> select(((by == null) ? inline((String) null, SQLDataType.VARCHAR) : inline("delegation")).as("key")).asTable("k");
				case STATUS -> select(inline("held").as("key")).asTable("k");
				case HOST -> select(host.as("key")).asTable("k");
				case COUNTRY -> select(sending.as("key")).unionAll(select(host).where(host.ne(sending))).asTable("k");
				case PAIR -> select(function("least", SQLDataType.VARCHAR, sending, host).concat(inline("-"))
					.concat(function("greatest", SQLDataType.VARCHAR, sending, host)).as("key"))
					.where(host.ne(sending))
					.asTable("k");
			};
			parts.add(rows("delegation", "d", keys, stillRunningOnly ? ContactSelection.delegationsStillRunning(filter)
					: ContactSelection.delegations(filter)));
		}
		Select<Record5<LocalDate, String, String, Long, String>> union = parts.get(0);
		for (Select<Record5<LocalDate, String, String, Long, String>> part : parts.subList(1, parts.size())) {
			union = union.unionAll(part);
		}
		Table<?> c = union.asTable("c", "bucket", "precision", "key", "id", "type");
		Field<LocalDate> bucket = field(name("c", "bucket"), SQLDataType.LOCALDATE);
		Field<String> precision = field(name("c", "precision"), SQLDataType.VARCHAR);
		Field<String> key = field(name("c", "key"), SQLDataType.VARCHAR);
		Field<String> contact = field(name("c", "type"), SQLDataType.VARCHAR).concat(field(name("c", "id"), SQLDataType.BIGINT));
		return select(bucket, precision, key, cast(grouping(key), SQLDataType.INTEGER), cast(countDistinct(contact), SQLDataType.BIGINT))
			.from(c)
			.groupBy(groupingSets(new Field<?>[] { bucket, precision, key }, new Field<?>[] { bucket, precision }));
	}

	/**
	 * The engine's rows of one type of contact ({@code table}, as {@code alias}, the letter the rows carry): for each of
	 * the contacts {@code ids} selects, its bucket and precision once per key of {@code keys} (or once, without a key).
	 */
	private static Select<Record5<LocalDate, String, String, Long, String>> rows(String table, String alias, Table<?> keys,
			Select<org.jooq.Record1<Long>> ids) {
		Field<Long> id = field(name(alias, "id"), SQLDataType.BIGINT);
		Field<LocalDate> start = field(name(alias, "start_date"), SQLDataType.LOCALDATE);
		Field<String> precision = field(name(alias, "date_precision"), SQLDataType.VARCHAR);
		return select(bucket(start, precision), precisionOf(precision), field(name("k", "key"), SQLDataType.VARCHAR), id,
				inline(alias))
			.from(table(name(table)).as(alias))
			.leftJoin(org.jooq.impl.DSL.lateral(keys)).on(trueCondition())
			.where(id.in(ids));
	}

	private static Field<LocalDate> bucket(Field<LocalDate> start, Field<String> precision) {
		return function("contact_bucket", SQLDataType.LOCALDATE, start, precision);
	}

	private static Field<String> precisionOf(Field<String> precision) {
		return function("contact_precision", SQLDataType.VARCHAR, precision);
	}

}
