package org.contacttimeline.timeline;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

import org.contacttimeline.country.Countries;
import org.contacttimeline.meeting.MeetingFilter;
import org.contacttimeline.meeting.MeetingFilterDocs;
import org.contacttimeline.web.Exports;
import org.contacttimeline.web.Format;
import org.contacttimeline.web.Pages;
import org.contacttimeline.web.Streamed;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

	private final TimelineQuery timeline;

	private final Countries countries;

	private final Exports exports;

	TimelineController(TimelineQuery timeline, Countries countries, Exports exports) {
		this.exports = exports;
		this.timeline = timeline;
		this.countries = countries;
	}

	@GetMapping("/api/v1/timeline")
	@Operation(summary = "Meetings and delegation visits in one chronological list, as JSON pages or exports (csv, ics, timelinejs)")
	@MeetingFilterDocs
	@ApiResponse(responseCode = "200", description = "A page of entries (JSON), or the export asked for", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = TimelinePage.class)),
			@Content(mediaType = "application/vnd.timelinejs+json", schema = @Schema(description = "TimelineJS3 JSON: {title, events: [{start_date, end_date, display_date, text, group, unique_id}]}")),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "RFC 4180, a header row, one row per entry")),
			@Content(mediaType = "text/calendar", schema = @Schema(type = "string", description = "RFC 5545, an all-day VEVENT per dated entry")) })
	ResponseEntity<?> timeline(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			HttpServletRequest request) {
		MeetingFilter filter = MeetingFilter.parse(parameters, accept, this.countries);
		if (filter.format() == Format.TIMELINEJS) {
			Iterable<TimelineEntry> entries = filter.limitGiven() ? this.timeline.find(filter).items()
					: Streamed.of((cursor) -> this.timeline.find(filter.page(Exports.PAGE, cursor))).items();
			return ResponseEntity.ok().contentType(Format.TIMELINEJS.mediaType()).body(TimelineJs.of(entries));
		}
		if (filter.wholeExport()) {
			return this.exports.whole(request, filter.format(), Streamed.of((cursor) -> this.timeline.find(filter.page(Exports.PAGE, cursor))));
		}
		return Pages.ok(this.timeline.find(filter));
	}

	/** The shape of a page of the timeline, for the API document. */
	record TimelinePage(List<TimelineEntry> items, @Schema(description = "cursor of the next page, null on the last") String next) {
	}

}
