package org.contacttimeline.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.analytics.AnalyticsList.ContactType;
import org.contacttimeline.analytics.AnalyticsList.Grouping;
import org.contacttimeline.analytics.AnalyticsList.Split;
import org.contacttimeline.contact.ContactFilter;

import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

/**
 * The counts the rollup answers: its monthly rows ({@code contact_count}, V30), or the sums by year
 * ({@code contact_count_period}, V83) for counts by year that ask no kind or status. Both read as rows of the
 * rollup's columns ({@code cc}), so one statement serves either.
 */
final class StatsRollup {

	private StatsRollup() {
	}

	/** Whether the rollup's keys answer the filter and the split. */
	static boolean answers(ContactFilter filter, Split by) {
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
	 * Whether the sums by year (V83, V88) answer what the rollup answers: counts by year, of whole years or all time,
	 * with no kind or status asked or split by (the sums keep neither), and no country or host asked: the sums are
	 * keyed by year first, for the world's counts (by country over all years, 25,000 rows where the months are
	 * 640,000 at a million meetings), where one country's months are found by their own key (7 ms, and 10 from the
	 * years).
	 */
	static boolean answersFromYears(ContactFilter filter, Split by, Grouping group) {
		return group == Grouping.YEAR && filter.status() == null && filter.kind() == null && by != Split.KIND
				&& by != Split.STATUS && filter.countries().isEmpty() && filter.host() == null
				&& (filter.from() == null || filter.from().getDayOfYear() == 1)
				&& (filter.to() == null || filter.to().equals(filter.to().with(TemporalAdjusters.lastDayOfYear())));
	}

	/**
	 * The sums by year in the rollup's columns, each year's row in the first month of its year, and, with no dates
	 * asked, the undated contacts' rows of the rollup itself (found by its index of months).
	 */
	private static final List<String> COLUMNS = List.of("bucket", "precision", "grain", "type", "country", "country2",
			"contacts");

	private static Table<?> yearRows(ContactFilter filter) {
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

	/**
	 * The pairs of all time (of the type's contacts) and the first and last year counted, from the sums' rows of
	 * all time and of the years' totals: a few milliseconds, where the pairs' yearly rows are 370,000.
	 */
	static Select<Record3<Integer, Integer, Integer>> pairsAndYears(ContactType type) {
		Field<Integer> period = field(name("p", "period"), SQLDataType.INTEGER);
		Field<String> grain = field(name("p", "grain"), SQLDataType.VARCHAR);
		Condition ofType = (type == ContactType.BOTH) ? noCondition()
				: field(name("p", "type"), SQLDataType.VARCHAR).eq(inline(type.value()));
		Table<?> p = table(name("contact_count_period")).as("p");
		return select(
				field(select(countDistinct(field(name("p", "country")), field(name("p", "country2")))).from(p)
					.where(period.eq(inline(0))).and(grain.eq(inline("pair"))).and(ofType)),
				field(select(min(period)).from(p).where(period.gt(inline(0))).and(grain.eq(inline("total"))).and(ofType)),
				field(select(max(period)).from(p).where(period.gt(inline(0))).and(grain.eq(inline("total"))).and(ofType)));
	}

	/** The counts from the monthly rows of the rollup. */
	static Select<Record5<LocalDate, String, String, Integer, Long>> months(ContactFilter filter, ContactType type,
			Split by) {
		return rollup(filter, type, by, table(name("contact_count")).as("cc"));
	}

	/** The counts by year from the sums by year; see {@link #answersFromYears}. */
	static Select<Record5<LocalDate, String, String, Integer, Long>> years(ContactFilter filter, ContactType type,
			Split by) {
		return rollup(filter, type, by, yearRows(filter));
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
			return select(bucket, precision, other, inline(StatsQuery.SPLIT), cast(sum(contacts), SQLDataType.BIGINT))
				.from(cc)
				.where(grain.eq(inline("pair")).and(country.eq(one).or(country2.eq(one))).and(where))
				.groupBy(bucket, precision, other)
				.unionAll(select(bucket, precision, one, inline(StatsQuery.SPLIT_AND_TOTAL), cast(sum(contacts), SQLDataType.BIGINT))
					.from(cc)
					.where(grain.eq(inline(placeGrain)).and(place).and(where))
					.groupBy(bucket, precision));
		}
		if (by == Split.COUNTRY || by == Split.PAIR) {
			Condition split = grain.eq(inline(by == Split.COUNTRY ? "side" : "pair"));
			Select<Record5<LocalDate, String, String, Integer, Long>> splits = select(bucket, precision, key,
					inline(StatsQuery.SPLIT), cast(sum(contacts), SQLDataType.BIGINT))
				.from(cc)
				.where(split.and(where))
				.groupBy(bucket, precision, key);
			return splits.unionAll(select(bucket, precision, inline((String) null, SQLDataType.VARCHAR),
					inline(StatsQuery.TOTAL), cast(sum(contacts), SQLDataType.BIGINT))
				.from(cc)
				.where(grain.eq(inline("total")).and(country.eq(inline(""))).and(country2.eq(inline(""))).and(where))
				.groupBy(bucket, precision));
		}
		return select(bucket, precision, key, inline(StatsQuery.SPLIT_AND_TOTAL), cast(sum(contacts), SQLDataType.BIGINT))
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

}
