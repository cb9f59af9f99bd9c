package org.contacttimeline.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.contacttimeline.analytics.AnalyticsList.ContactType;
import org.contacttimeline.analytics.AnalyticsList.Grouping;
import org.contacttimeline.analytics.AnalyticsList.Split;
import org.contacttimeline.analytics.StatsQuery.Row;
import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.web.InvalidRequestException;

/**
 * The counts as series over every period of their range: from the filter's first day (or the first contact
 * counted) to its last (or the last contact counted), zero-filled. By month, a contact known only to its year is
 * counted apart, under its year; an undated contact only in {@code undated}.
 */
final class Stats {

	/** By month, the longest range answered: 100 years. */
	static final int MAX_MONTHS = 1200;

	/** By year, the longest range answered: from the first records of diplomacy on, with room to spare. */
	static final int MAX_YEARS = 5000;

	/** The most counts one answer holds (series times periods); more is not a chart anyone reads. */
	static final int MAX_CELLS = 250_000;

	private Stats() {
	}

	/** Refuses before counting a month grouping whose given dates span more than 100 years. */
	static void checkRange(ContactFilter filter, Grouping group) {
		if (group == Grouping.MONTH && filter.from() != null && filter.to() != null) {
			checkMonths(YearMonth.from(filter.from()), YearMonth.from(filter.to()));
		}
	}

	private static void checkMonths(YearMonth first, YearMonth last) {
		long months = ChronoUnit.MONTHS.between(first, last) + 1;
		if (months > MAX_MONTHS) {
			throw new InvalidRequestException("group", "month spans at most 100 years (" + MAX_MONTHS
					+ " months); the range from " + first + " to " + last + " has " + months
					+ "; accepted: group=year, or from and to at most 100 years apart", "month");
		}
	}

	/** Refuses a split into more series over its periods than an answer holds. */
	static void checkSize(long series, long periods, Split by) {
		if (periods * (series + 1) > MAX_CELLS) {
			throw new InvalidRequestException("by", "splits these contacts into " + series + " series over "
					+ periods + " periods, more than the " + MAX_CELLS + " counts an answer holds; accepted: "
					+ "a narrower filter (dates, countries), group=year, or another split", by.value());
		}
	}

	static StatsResponse of(List<Row> rows, ContactFilter filter, ContactType type, Grouping group, Split by,
			java.util.function.UnaryOperator<String> label) {
		Tally total = new Tally();
		Map<String, Tally> series = new HashMap<>();
		for (Row row : rows) {
			boolean toTotal = row.role() != StatsQuery.SPLIT;
			boolean toSeries = by != null && row.role() != StatsQuery.TOTAL && row.key() != null;
			if (toTotal) {
				total.add(row, group);
			}
			if (toSeries) {
				series.computeIfAbsent(row.key(), (k) -> new Tally()).add(row, group);
			}
		}
		List<String> periods = periods(total, filter, group);
		checkSize(series.size(), periods.size(), by);
		List<StatsResponse.Series> split = series.entrySet()
			.stream()
			.map((e) -> e.getValue().series(e.getKey(), label.apply(e.getKey()), periods))
			.sorted(Comparator.comparingLong(StatsResponse.Series::sum).reversed().thenComparing(StatsResponse.Series::key))
			.toList();
		return new StatsResponse(group.value(), type.value(), (by != null) ? by.value() : null, periods,
				total.series("total", "All contacts", periods), split);
	}

	/** Every period from the first to the last, each as yyyy or yyyy-MM. */
	private static List<String> periods(Tally total, ContactFilter filter, Grouping group) {
		List<String> periods = new ArrayList<>();
		LocalDate first = (filter.from() != null) ? filter.from() : filter.date();
		LocalDate last = (filter.to() != null) ? filter.to() : filter.date();
		if (group == Grouping.YEAR) {
			Integer from = min(first != null ? first.getYear() : null, total.years.isEmpty() ? null : total.years.firstKey());
			Integer to = max(last != null ? last.getYear() : null, total.years.isEmpty() ? null : total.years.lastKey());
			if (from != null && to != null) {
				if (to - from + 1 > MAX_YEARS) {
					throw new InvalidRequestException("from", "and to span " + (to - from + 1) + " years; by year the range "
							+ "spans at most " + MAX_YEARS + "; accepted: from and to at most " + MAX_YEARS + " years apart",
							String.valueOf(first));
				}
				for (int year = from; year <= to; year++) {
					periods.add(String.valueOf(year));
				}
			}
			return periods;
		}
		YearMonth from = min(first != null ? YearMonth.from(first) : null, total.months.isEmpty() ? null : total.months.firstKey());
		YearMonth to = max(last != null ? YearMonth.from(last) : null, total.months.isEmpty() ? null : total.months.lastKey());
		if (from != null && to != null) {
			checkMonths(from, to);
			for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
				periods.add(month.toString());
			}
		}
		return periods;
	}

	private static <T extends Comparable<T>> T min(T a, T b) {
		return (a == null) ? b : (b == null || a.compareTo(b) <= 0) ? a : b;
	}

	private static <T extends Comparable<T>> T max(T a, T b) {
		return (a == null) ? b : (b == null || a.compareTo(b) >= 0) ? a : b;
	}

	/** The counts as CSV: one row per series and period (zero-filled), then unknown months and undated. */
	static String csv(StatsResponse stats) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("series", "label", "period", "contacts").get())) {
			List<StatsResponse.Series> all = new ArrayList<>();
			all.add(stats.total());
			all.addAll(stats.series());
			for (StatsResponse.Series series : all) {
				for (int i = 0; i < stats.periods().size(); i++) {
					csv.printRecord(series.key(), series.label(), stats.periods().get(i), series.counts().get(i));
				}
				for (StatsResponse.YearCount year : series.unknownMonth()) {
					csv.printRecord(series.key(), series.label(), year.year() + " (month unknown)", year.count());
				}
				if (series.undated() > 0) {
					csv.printRecord(series.key(), series.label(), "undated", series.undated());
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	/** The counts of one series, by year or month, by year for unknown months, and undated. */
	private static final class Tally {

		final TreeMap<Integer, Long> years = new TreeMap<>();

		final TreeMap<YearMonth, Long> months = new TreeMap<>();

		final TreeMap<Integer, Long> unknownMonth = new TreeMap<>();

		long undated;

		void add(Row row, Grouping group) {
			if (row.bucket() == null) {
				this.undated += row.contacts();
			}
			else if (group == Grouping.YEAR) {
				this.years.merge(row.bucket().getYear(), row.contacts(), Long::sum);
			}
			else if ("year".equals(row.precision())) {
				this.unknownMonth.merge(row.bucket().getYear(), row.contacts(), Long::sum);
			}
			else {
				this.months.merge(YearMonth.from(row.bucket()), row.contacts(), Long::sum);
			}
		}

		StatsResponse.Series series(String key, String label, List<String> periods) {
			Map<String, Long> byPeriod = new LinkedHashMap<>();
			this.years.forEach((year, n) -> byPeriod.put(String.valueOf(year), n));
			this.months.forEach((month, n) -> byPeriod.put(month.toString(), n));
			List<Long> counts = periods.stream().map((p) -> byPeriod.getOrDefault(p, 0L)).toList();
			long sum = this.undated + this.unknownMonth.values().stream().mapToLong(Long::longValue).sum()
					+ byPeriod.values().stream().mapToLong(Long::longValue).sum();
			List<StatsResponse.YearCount> unknown = this.unknownMonth.entrySet()
				.stream()
				.map((e) -> new StatsResponse.YearCount(e.getKey(), e.getValue()))
				.toList();
			return new StatsResponse.Series(key, label, counts, unknown, this.undated, sum);
		}

	}

	static String capitalized(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

}
