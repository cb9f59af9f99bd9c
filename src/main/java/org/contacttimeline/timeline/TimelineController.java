package org.contacttimeline.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;

import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactFilters;
import org.contacttimeline.contact.ContactFilters.ContactList;
import org.contacttimeline.contact.ContactQuery;
import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.web.Format;
import org.contacttimeline.web.InvalidRequestException;
import org.contacttimeline.web.ListParameters;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class TimelineController {

	private final ContactQuery contacts;

	private final ContactFilters filters;

	TimelineController(ContactQuery contacts, ContactFilters filters) {
		this.contacts = contacts;
		this.filters = filters;
	}

	// what this handler writes, named, so that JSON-LD (linkeddata) is answered only where Accept prefers it: a client
	// that accepts JSON first and JSON-LD too (as generated clients do) gets JSON
	@GetMapping(path = "/api/v1/timeline", produces = { "application/json", "application/vnd.timelinejs+json",
			"text/csv", "text/calendar", "application/atom+xml" })
	@Operation(operationId = "getTimeline", tags = "Timeline", summary = "Meetings and delegation visits in one chronological list, as JSON pages or exports",
			description = "JSON pages by default; format=csv, ics, timelinejs or jsonld (or the media type in Accept) for the same filters as an export. JSON-LD: schema.org Events with their Places, attending Persons in their Roles, and sources. "
					+ "format=atom (or Accept: application/atom+xml): an Atom feed (RFC 4287) of the contacts the filter selects that changed last, "
					+ "the latest change first, limit entries (no cursor); each entry's id stays the same across edits, its updated is the time of its last change.")
	@ListParameters.Documented(of = ContactList.class, list = "TIMELINE")
	@ApiResponse(responseCode = "200", description = "A page of entries (JSON), or the export asked for", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = TimelinePage.class)),
			@Content(mediaType = "application/vnd.timelinejs+json", schema = @Schema(implementation = TimelineJsSchema.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "RFC 4180, a header row, one row per entry")),
			@Content(mediaType = "text/calendar", schema = @Schema(type = "string", description = "RFC 5545, an all-day VEVENT per dated entry")),
			@Content(mediaType = "application/atom+xml", schema = @Schema(type = "string", description = "RFC 4287 Atom feed of the contacts that changed last")) })
	ResponseEntity<?> timeline(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		ContactFilter filter = this.filters.parse(ContactList.TIMELINE, parameters, accept);
		if (filter.format() == Format.ATOM) {
			if (filter.cursor() != null) {
				throw new InvalidRequestException("cursor",
						"is not taken by the Atom feed, which holds the contacts that changed last; leave it out",
						parameters.getFirst("cursor"));
			}
			String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
			String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
			return ResponseEntity.ok()
				.contentType(Format.ATOM.mediaType())
				.body(AtomFeed.of(this.contacts.recentlyChanged(filter), base, self, parameters));
		}
		if (filter.format() == Format.TIMELINEJS) {
			Iterable<TimelineEntry> entries = filter.limitGiven() ? this.contacts.timeline(filter).items()
					: filter.whole(this.contacts::timeline).items();
			return ResponseEntity.ok().contentType(Format.TIMELINEJS.mediaType()).body(TimelineJs.of(entries));
		}
		return filter.answer(this.contacts::timeline);
	}

	/** The shape of a page of the timeline, for the API document. */
	record TimelinePage(java.util.List<TimelineEntry> items,
			@Schema(nullable = true, description = "cursor of the next page, null on the last") String next) {
	}

}
