package org.contacttimeline.timeline;

import jakarta.servlet.http.HttpServletRequest;
import org.contacttimeline.country.Countries;
import org.contacttimeline.meeting.MeetingFilter;
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
	ResponseEntity<?> timeline(@RequestParam MultiValueMap<String, String> parameters,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
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

}
