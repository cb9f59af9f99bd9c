package org.contacttimeline.analytics;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Counts of contacts over time: every period of the range (zero-filled), a series of totals (each contact once)
 * and, with {@code by}, a series per key. A series' {@code counts} follow {@code periods}.
 */
@Schema(description = "Counts of contacts per period, zero-filled; each contact is counted in the month (or year) it started")
record StatsResponse(@Schema(description = "year or month", example = "year") String group,
		@Schema(description = "both, meeting or delegation", example = "both") String type,
		@Schema(nullable = true, description = "what the series are split by, or null for totals only", example = "kind") String by,
		@Schema(description = "every period of the range, oldest first: yyyy or yyyy-MM", example = "[\"2018\", \"2019\"]") List<String> periods,
		@Schema(description = "each contact once") Series total,
		@Schema(description = "one per key, largest first; with by=country a contact counts once per side, with by=pair once per pair of sides") List<Series> series) {

	/**
	 * One series.
	 * @param key the key ({@code total}; a CAMEO code or {@code delegation}; a status; a country code; two codes
	 * joined by {@code -}; {@code none} for no place recorded)
	 * @param counts one count per period
	 * @param unknownMonth by month: contacts known only to their year, per year (never put in a month)
	 * @param undated contacts with no date (only when no date filter is given)
	 * @param sum every count of the series: periods, unknown months and undated
	 */
	record Series(@Schema(example = "040") String key, @Schema(nullable = true, example = "Consult") String label,
			@Schema(example = "[1, 7]") List<Long> counts,
			@Schema(description = "with group=month: counts of contacts known only to their year") List<YearCount> unknownMonth,
			@Schema(example = "1") long undated, @Schema(example = "9") long sum) {
	}

	record YearCount(@Schema(example = "1949") int year, @Schema(example = "1") long count) {
	}

}
