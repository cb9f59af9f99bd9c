package org.contacttimeline.meeting;

import java.util.List;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactFilters;
import org.contacttimeline.contact.ContactFilters.ContactList;
import org.contacttimeline.contact.ContactQuery;
import org.contacttimeline.contact.MeetingResponse;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.web.Page;
import org.contacttimeline.editing.Writes;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.editing.Versioned;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

@RestController
@RequestMapping("/api/v1/meetings")
class MeetingController {

	private final ContactQuery meetings;

	private final ContactFilters filters;

	private final MeetingEditor editor;

	private final Writes writes;

	private final MeetingRevisions revisions;

	MeetingController(ContactQuery meetings, ContactFilters filters, MeetingEditor editor,
			MeetingRevisions revisions, Writes writes) {
		this.meetings = meetings;
		this.filters = filters;
		this.editor = editor;
		this.writes = writes;
		this.revisions = revisions;
	}

	@GetMapping
	@Operation(operationId = "listMeetings", tags = "Meetings", summary = "Meetings, filtered, by start date (undated last), as JSON pages or exports")
	@ListParameters.Documented(of = ContactList.class, list = "MEETINGS")
	@ApiResponse(responseCode = "200", description = "A page of meetings (JSON), or the export asked for", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = MeetingPage.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "RFC 4180, a header row, one row per meeting")),
			@Content(mediaType = "text/calendar", schema = @Schema(type = "string", description = "RFC 5545, an all-day VEVENT per dated meeting")) })
	ResponseEntity<?> meetings(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		ContactFilter filter = this.filters.parse(ContactList.MEETINGS, parameters, accept);
		return filter.answer(this.meetings::meetings);
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getMeeting", tags = "Meetings", summary = "One meeting; its ETag is its version, for If-Match")
	ResponseEntity<MeetingResponse> meeting(
			@Parameter(example = "im-chon-il-igor-morgulov-talks-2019-03-14") @PathVariable String slug) {
		return read(slug).ok();
	}

	@GetMapping(path = "/{slug}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listMeetingRevisions", tags = "History", summary = "Every change of a meeting, newest first, with its editor and the state after it (also after deletion)")
	Page<RevisionResponse<MeetingResponse>> revisions(
			@Parameter(example = "im-chon-il-igor-morgulov-talks-2019-03-14") @PathVariable String slug) {
		return this.revisions.of(slug);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createMeeting", tags = "Meetings", summary = "Add a meeting (editor only); at least one source with a quote is required")
	@ApiResponse(responseCode = "201", description = "Created; Location and ETag name it")
	ResponseEntity<MeetingResponse> create(@Valid @RequestBody MeetingRequest request) {
		return this.writes.created(() -> this.editor.create(request), this::read);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceMeeting", tags = "Meetings", summary = "Replace a meeting whole (editor only), with If-Match naming the version it was read at")
	@ApiResponse(responseCode = "200", description = "Replaced; the new ETag is sent")
	ResponseEntity<MeetingResponse> replace(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MeetingRequest request) {
		return this.writes.replaced(() -> this.editor.replace(slug, ifMatch, request), this::read);
	}

	@DeleteMapping("/{slug}")
	@Operation(operationId = "deleteMeeting", tags = "Meetings", summary = "Delete a meeting (editor only), with If-Match; its history stays readable")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.writes.deleted(() -> this.editor.delete(slug, ifMatch));
	}

	private Versioned<MeetingResponse> read(String slug) {
		return Versioned.found("meeting", slug, this.meetings.meeting(slug));
	}

	/** The shape of a page of meetings, for the API document. */
	record MeetingPage(List<MeetingResponse> items,
			@Schema(nullable = true, description = "cursor of the next page, null on the last") String next) {
	}

}
