package org.contacttimeline.meeting;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletRequest;
import org.contacttimeline.country.Countries;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.web.NotFoundException;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Exports;
import org.contacttimeline.web.Format;
import org.contacttimeline.web.InvalidRequestException;
import org.contacttimeline.web.Pages;
import org.contacttimeline.web.Streamed;
import org.contacttimeline.web.Preconditions;
import org.contacttimeline.web.Versioned;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/meetings")
class MeetingController {

	private final MeetingQuery meetings;

	private final MeetingEditor editor;

	private final MeetingRevisions revisions;

	private final Countries countries;

	private final Exports exports;

	MeetingController(MeetingQuery meetings, MeetingEditor editor, MeetingRevisions revisions, Countries countries,
			Exports exports) {
		this.exports = exports;
		this.meetings = meetings;
		this.editor = editor;
		this.revisions = revisions;
		this.countries = countries;
	}

	@GetMapping
	ResponseEntity<?> meetings(@RequestParam MultiValueMap<String, String> parameters,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
		MeetingFilter filter = MeetingFilter.parse(parameters, accept, this.countries);
		if (filter.format() == Format.TIMELINEJS) {
			throw new InvalidRequestException("format", "timelinejs is offered on /api/v1/timeline; here: json, csv, ics", "timelinejs");
		}
		if (filter.wholeExport()) {
			return this.exports.whole(request, filter.format(), Streamed.of((cursor) -> this.meetings.find(filter.page(Exports.PAGE, cursor))));
		}
		return Pages.ok(this.meetings.find(filter));
	}

	@GetMapping("/{slug}")
	ResponseEntity<MeetingResponse> meeting(@PathVariable String slug) {
		return read(slug).ok();
	}

	@GetMapping("/{slug}/revisions")
	Page<RevisionResponse<MeetingResponse>> revisions(@PathVariable String slug) {
		List<RevisionResponse<MeetingResponse>> revisions = this.revisions.of(slug);
		if (revisions.isEmpty() && this.meetings.findBySlug(slug).isEmpty()) {
			throw new NotFoundException("meeting", slug);
		}
		return new Page<>(revisions, null);
	}

	@PostMapping
	ResponseEntity<MeetingResponse> create(@Valid @RequestBody MeetingRequest request) {
		Versioned<MeetingResponse> created = read(this.editor.create(request));
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{slug}").buildAndExpand(created.body().slug()).toUri();
		return ResponseEntity.created(location)
			.eTag(Preconditions.etag(created.version()))
			.body(created.body());
	}

	@PutMapping("/{slug}")
	ResponseEntity<MeetingResponse> replace(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MeetingRequest request) {
		return read(this.editor.replace(slug, ifMatch, request)).ok();
	}

	@DeleteMapping("/{slug}")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.editor.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private Versioned<MeetingResponse> read(String slug) {
		return this.meetings.findBySlug(slug).orElseThrow(() -> new NotFoundException("meeting", slug));
	}

}
