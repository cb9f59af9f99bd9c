package org.contacttimeline.meeting;

import java.util.Set;

import org.contacttimeline.country.Countries;
import org.contacttimeline.web.NotFoundException;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/meetings")
class MeetingController {

	private final MeetingQuery meetings;

	private final Countries countries;

	MeetingController(MeetingQuery meetings, Countries countries) {
		this.meetings = meetings;
		this.countries = countries;
	}

	@GetMapping
	ResponseEntity<Page<MeetingResponse>> meetings(@RequestParam MultiValueMap<String, String> parameters) {
		MeetingFilter filter = MeetingFilter.parse(parameters, this.countries, Set.of());
		return Pages.ok(this.meetings.find(filter));
	}

	@GetMapping("/{slug}")
	MeetingResponse meeting(@PathVariable String slug) {
		return this.meetings.findBySlug(slug).orElseThrow(() -> new NotFoundException("meeting", slug));
	}

}
