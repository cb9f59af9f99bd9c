package org.contacttimeline.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.contacttimeline.analytics.AnalyticsList.ContactType;
import org.contacttimeline.analytics.AnalyticsList.Grouping;
import org.contacttimeline.analytics.AnalyticsList.Split;
import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactFilters;
import org.contacttimeline.contact.ContactFilters.Filtered;
import org.contacttimeline.web.Format;
import org.contacttimeline.web.ListParameters;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

	private final ContactFilters filters;

	private final StatsQuery query;

	private final Labels labels;

	StatsController(ContactFilters filters, StatsQuery query, Labels labels) {
		this.filters = filters;
		this.query = query;
		this.labels = labels;
	}

	/** What {@code /stats} reads besides the contact filters. */
	private record Asked(ContactType type, Grouping group, Split by, Format format) {
	}

	@GetMapping("/api/v1/stats")
	@Operation(operationId = "getStats", tags = "Analytics", summary = "Counts of contacts per year or month, zero-filled, optionally split by country, pair, host, kind or status, for the filters of /meetings",
			description = "Each contact is counted once, in the month it started (a visit from 30 March to 2 April counts in March). "
					+ "A contact known only to its year is never put in a month: by month it is counted under unknownMonth of its year. "
					+ "Undated contacts have their own count (undated), and are left out by any date filter. Totals count each contact "
					+ "once; by=country counts it once per side, by=pair once per pair of sides.")
	@ListParameters.Documented(of = AnalyticsList.class, list = "STATS")
	@ApiResponse(responseCode = "200", description = "The counts (JSON), or the same as CSV", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = StatsResponse.class),
					examples = @ExampleObject(name = "North Korea–Russia by year, split by kind",
							summary = "/api/v1/stats?country=KP&country=RU&from=2018-01-01&to=2019-12-31&by=kind",
							value = """
									{"group": "year", "type": "both", "by": "kind", "periods": ["2018", "2019"],
									 "total": {"key": "total", "label": "All contacts", "counts": [0, 8], "unknownMonth": [], "undated": 0, "sum": 8},
									 "series": [{"key": "delegation", "label": "Delegation visit", "counts": [0, 4], "unknownMonth": [], "undated": 0, "sum": 4},
									            {"key": "040", "label": "Consult", "counts": [0, 2], "unknownMonth": [], "undated": 0, "sum": 2}]}""")),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string",
					description = "RFC 4180: series,label,period,contacts; one row per series and period (zero-filled), "
							+ "then 'yyyy (month unknown)' and 'undated' rows"), examples = @ExampleObject(value = """
									series,label,period,contacts
									total,All contacts,2018,0
									total,All contacts,2019,8
									""")) })
	ResponseEntity<?> stats(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		Filtered<Asked> asked = this.filters.parse(AnalyticsList.STATS, parameters, accept,
				(query) -> new Asked(query.read(AnalyticsList.TYPE), query.read(AnalyticsList.GROUP),
						query.read(AnalyticsList.BY), query.read(AnalyticsList.STATS_FORMAT)));
		ContactFilter filter = asked.filter();
		ContactType type = (asked.own().type() != null) ? asked.own().type() : ContactType.BOTH;
		Grouping group = (asked.own().group() != null) ? asked.own().group() : Grouping.YEAR;
		Split by = asked.own().by();
		Stats.checkRange(filter, group);
		StatsQuery.Counted counted = this.query.count(filter, type, by, group);
		StatsResponse stats = Stats.of(counted.rows(), filter, type, group, by, this.labels.of(by));
		if (asked.own().format() == Format.CSV) {
			return ResponseEntity.ok()
				.contentType(Format.CSV.mediaType())
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("stats.csv").build().toString())
				.body(Stats.csv(stats));
		}
		return ResponseEntity.ok(stats);
	}

}
