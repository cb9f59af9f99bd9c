package org.contacttimeline.timeline;

import java.util.Set;

import org.contacttimeline.country.Countries;
import org.contacttimeline.meeting.MeetingFilter;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

	private final TimelineQuery timeline;

	private final Countries countries;

	TimelineController(TimelineQuery timeline, Countries countries) {
		this.timeline = timeline;
		this.countries = countries;
	}

	@GetMapping("/api/v1/timeline")
	ResponseEntity<Page<TimelineEntry>> timeline(@RequestParam MultiValueMap<String, String> parameters) {
		return Pages.ok(this.timeline.find(MeetingFilter.parse(parameters, this.countries, Set.of())));
	}

}
