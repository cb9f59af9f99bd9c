package org.contacttimeline.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.SelectField;
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
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.trueCondition;

/**
 * Counts contacts by the month they started in, in one statement, from where they can be counted cheaply:
 * <ul>
 * <li>the rollup {@code contact_count} (kept by triggers, see V30) answers the filters it is keyed by: types,
 * status, kind, up to two countries or a host (one country when split by country), and dates in whole months; contacts that started before such a
 * period and still run on its first day are added from the engine's rows (a few, found by the period index);</li>
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
		boolean rollup = answersFromRollup(filter, by);
		if (rollup) {
			select = answersFromYears(filter, by, group) ? rollup(filter, type, by, years(filter))
					: rollup(filter, type, by);
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

	/** Whether the rollup's keys answer the filter and the split. */
	static boolean answersFromRollup(ContactFilter filter, Split by) {
		int countries = filter.countries().size();
		boolean place = countries > 0 || filter.host() != null;
		return filter.official() == null && filter.delegation() == null && filter.q() == null && filter.date() == null
				&& filter.updatedSince() == null
				&& (filter.from() == null || filter.from().getDayOfMonth() == 1)
				&& (filter.to() == null || filter.to().equals(YearMonth.from(filter.to()).atEndOfMonth()))
				&& countries <= 2 && !(countries > 0 && filter.host() != null)
				&& !(by == Split.HOST && countries > 0)
				&& !((by == Split.COUNTRY || by == Split.PAIR) && place && !(by == Split.COUNTRY && countries == 1));
	}

	/**
	 * Whether the sums by year (V83) answer what the rollup answers: counts by year, of whole years or all time, with
	 * no kind or status asked or split by, and no host (the sums keep no kind, status or host). By country over all
	 * years, 25,000 rows where the months are 640,000 at a million meetings.
	 */
	static boolean answersFromYears(ContactFilter filter, Split by, Grouping group) {
		return group == Grouping.YEAR && filter.status() == null && filter.kind() == null && filter.host() == null
				&& by != Split.KIND && by != Split.STATUS && by != Split.HOST
				&& (filter.from() == null || filter.from().getDayOfYear() == 1)
				&& (filter.to() == null || filter.to().equals(filter.to().with(TemporalAdjusters.lastDayOfYear())));
	}

	/**
	 * The sums by year in the rollup's columns, each year's row in the first month of its year, and, with no dates
	 * asked, the undated contacts' rows of the rollup itself (found by its index of months).
	 */
	private static final List<String> COLUMNS = List.of("bucket", "precision", "grain", "type", "country", "country2",
			"contacts");

	private static Table<?> years(ContactFilter filter) {
		Field<Integer> period = field(name("p", "period"), SQLDataType.INTEGER);
		Condition periods = period.between(param("fromYear", (filter.from() != null) ? filter.from().getYear() : 1),
				param("toYear", (filter.to() != null) ? filter.to().getYear() : Integer.MAX_VALUE));
		List<SelectField<?>> columns = List.of(function("make_date", SQLDataType.LOCALDATE, period, inline(1), inline(1)),
				inline("year"), field(name("p", "grain")), field(name("p", "type")), field(name("p", "country")),
				field(name("p", "country2")), field(name("p", "contacts")));
		Select<Record> yearly = select(columns).from(table(name("contact_count_period")).as("p")).where(periods);
		if (filter.from() == null && filter.to() == null) {
			yearly = yearly.unionAll(select(COLUMNS.stream().map((c) -> field(name("u", c))).toList())
				.from(table(name("contact_count")).as("u"))
				.where(field(name("u", "bucket")).isNull()));
		}
		return yearly.asTable("cc", COLUMNS.toArray(String[]::new));
	}

	static Select<Record5<LocalDate, String, String, Integer, Long>> rollup(ContactFilter filter,
			ContactType type, Split by) {
		return rollup(filter, type, by, table(name("contact_count")).as("cc"));
	}

	/** The counts from the rollup, or from rows of its columns ({@code cc}). */
	private static Select<Record5<LocalDate, String, String, Integer, Long>> rollup(ContactFilter filter,
			ContactType type, Split by, Table<?> cc) {
		Field<String> grain = field(name("cc", "grain"), SQLDataType.VARCHAR);
		Field<String> country = field(name("cc", "country"), SQLDataType.VARCHAR);
		Field<String> country2 = field(name("cc", "country2"), SQLDataType.VARCHAR);
		Field<String> kind = field(name("cc", "kind"), SQLDataType.VARCHAR);
		Field<String> status = field(name("cc", "status"), SQLDataType.VARCHAR);
		Field<String> rowType = field(name("cc", "type"), SQLDataType.VARCHAR);
		Field<LocalDate> bucket = field(name("cc", "bucket"), SQLDataType.LOCALDATE);
		Field<String> precision = field(name("cc", "precision"), SQLDataType.VARCHAR);
		Field<Long> contacts = field(name("cc", "contacts"), SQLDataType.BIGINT);

		Condition where = ((type == ContactType.BOTH) ? noCondition() : rowType.eq(inline(type.value())))
			.and(rollupRows(filter));
		List<String> countries = filter.countries().stream().sorted().toList();
		Condition place;
		String placeGrain;
		if (countries.size() == 2) {
			placeGrain = "pair";
			place = country.eq(param("country0", countries.get(0))).and(country2.eq(param("country1", countries.get(1))));
		}
		else if (countries.size() == 1) {
			placeGrain = "side";
			place = country.eq(param("country0", countries.get(0))).and(country2.eq(inline("")));
		}
		else if (filter.host() != null) {
			placeGrain = "host";
			place = country.eq(param("host", filter.host())).and(country2.eq(inline("")));
		}
		else {
			placeGrain = (by == Split.HOST) ? "host" : "total";
			place = (by == Split.HOST) ? noCondition() : country.eq(inline("")).and(country2.eq(inline("")));
		}
		Field<String> key = switch (by == null ? Split.KIND : by) {
			case KIND -> (by == null) ? inline("", SQLDataType.VARCHAR)
					: org.jooq.impl.DSL.when(rowType.eq(inline("delegation")), inline("delegation")).otherwise(kind);
			case STATUS -> status;
			case HOST -> org.jooq.impl.DSL.when(country.eq(inline("")), inline("none")).otherwise(country);
			case COUNTRY -> country;
			case PAIR -> country.concat(inline("-")).concat(country2);
		};
		if (by == Split.COUNTRY && countries.size() == 1) {
			// one country's contacts by each of their sides: its own count, and every other side's count of the pair it
			// makes with that country (a meeting of KP, RU and CN is counted once under each of the three)
			Field<String> one = param("country0", countries.get(0));
			Field<String> other = org.jooq.impl.DSL.when(country.eq(one), country2).otherwise(country);
			return select(bucket, precision, other, inline(SPLIT), cast(sum(contacts), SQLDataType.BIGINT))
				.from(cc)
				.where(grain.eq(inline("pair")).and(country.eq(one).or(country2.eq(one))).and(where))
				.groupBy(bucket, precision, other)
				.unionAll(select(bucket, precision, one, inline(SPLIT_AND_TOTAL), cast(sum(contacts), SQLDataType.BIGINT))
					.from(cc)
					.where(grain.eq(inline(placeGrain)).and(place).and(where))
					.groupBy(bucket, precision));
		}
		if (by == Split.COUNTRY || by == Split.PAIR) {
			Condition split = grain.eq(inline(by == Split.COUNTRY ? "side" : "pair"));
			Select<Record5<LocalDate, String, String, Integer, Long>> splits = select(bucket, precision, key,
					inline(SPLIT), cast(sum(contacts), SQLDataType.BIGINT))
				.from(cc)
				.where(split.and(where))
				.groupBy(bucket, precision, key);
			return splits.unionAll(select(bucket, precision, inline((String) null, SQLDataType.VARCHAR),
					inline(TOTAL), cast(sum(contacts), SQLDataType.BIGINT))
				.from(cc)
				.where(grain.eq(inline("total")).and(country.eq(inline(""))).and(country2.eq(inline(""))).and(where))
				.groupBy(bucket, precision));
		}
		return select(bucket, precision, key, inline(SPLIT_AND_TOTAL), cast(sum(contacts), SQLDataType.BIGINT))
			.from(cc)
			.where(grain.eq(inline(placeGrain)).and(place).and(where))
			.groupBy((by != null) ? new Field<?>[] { bucket, precision, key } : new Field<?>[] { bucket, precision });
	}

	/** The rows of the rollup (as {@code cc}) of the filter's status, kind and months. */
	static Condition rollupRows(ContactFilter filter) {
		Condition where = noCondition();
		if (filter.status() != null) {
			where = where.and(field(name("cc", "status"), SQLDataType.VARCHAR).eq(param("status", filter.status().value())));
		}
		if (filter.kind() != null) {
			where = where.and(field(name("cc", "kind"), SQLDataType.VARCHAR).eq(param("kind", filter.kind())));
		}
		Field<LocalDate> bucket = field(name("cc", "bucket"), SQLDataType.LOCALDATE);
		if (filter.from() != null) {
			where = where.and(bucket.ge(param("from", filter.from())));
		}
		if (filter.to() != null) {
			where = where.and(bucket.le(param("toMonth", filter.to().withDayOfMonth(1))));
		}
		return where;
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
