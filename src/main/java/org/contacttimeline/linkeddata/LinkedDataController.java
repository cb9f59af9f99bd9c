package org.contacttimeline.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.contacttimeline.country.Countries;
import org.contacttimeline.country.CountryResponse;
import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactFilters;
import org.contacttimeline.contact.ContactFilters.ContactList;
import org.contacttimeline.contact.ContactQuery;
import org.contacttimeline.official.OfficialQuery;
import org.contacttimeline.official.OfficialResponse;
import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.Page;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The timeline as JSON-LD ({@code format=jsonld}, or {@code Accept: application/ld+json}) and officials and contacts
 * as Popolo JSON ({@code /api/v1/popolo}), for any filter of {@code /api/v1/timeline}.
 */
@RestController
class LinkedDataController {

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	/** The timeline's one operation in the API document, which both its handlers document. */
	static final String TIMELINE_DESCRIPTION = "JSON pages by default; format=csv, ics, timelinejs or jsonld (or the "
			+ "media type in Accept) for the same filters as an export. JSON-LD: schema.org Events with their Places, "
			+ "attending Persons in their Roles, and sources.";

	private final ContactQuery contacts;

	private final ContactFilters filters;

	private final OfficialQuery officials;

	private final Countries countries;

	LinkedDataController(ContactQuery contacts, ContactFilters filters, OfficialQuery officials, Countries countries) {
		this.contacts = contacts;
		this.filters = filters;
		this.officials = officials;
		this.countries = countries;
	}

	@GetMapping(path = "/api/v1/timeline", produces = "application/ld+json")
	@Operation(operationId = "getTimeline", tags = "Timeline", summary = "Meetings and delegation visits in one chronological list, as JSON pages or exports",
			description = TIMELINE_DESCRIPTION)
	@ListParameters.Documented(of = ContactList.class, list = "TIMELINE")
	@ApiResponse(responseCode = "200", description = "A page of entries (JSON), or the export asked for", content = @Content(
			mediaType = "application/ld+json", schema = @Schema(implementation = LinkedDataSchemas.TimelineJsonLd.class)))
	ResponseEntity<Map<String, Object>> timelineJsonLd(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		ContactFilter filter = this.filters.parse(ContactList.TIMELINE, parameters, accept);
		Page<TimelineEntry> page = this.contacts.timeline(filter);
		Map<String, OfficialResponse> officials = officials(page.items());
		Map<String, CountryResponse> countries = this.countries.all().stream()
			.collect(Collectors.toMap(CountryResponse::code, Function.identity()));
		Map<String, Object> document = new TimelineJsonLd(base(), officials, countries).document(page.items(), page.next());
		return withNext(ResponseEntity.ok().contentType(JSON_LD), page.next()).body(document);
	}

	@GetMapping(path = "/api/v1/popolo", produces = { "application/json", "application/ld+json" })
	@Operation(operationId = "getPopolo", tags = "Linked data", summary = "Officials and contacts of a filter as Popolo JSON: persons, organizations, memberships (with start and end dates), events",
			description = "The filters of /api/v1/timeline. Without limit, the whole filtered set; with limit, one page and Link: rel=\"next\". "
					+ "Every id is the resource's URL, and an @context makes the document JSON-LD.")
	@ListParameters.Documented(of = ContactList.class, list = "CONTACTS")
	@ApiResponse(responseCode = "200", description = "Popolo JSON", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = LinkedDataSchemas.Popolo.class)),
			@Content(mediaType = "application/ld+json", schema = @Schema(implementation = LinkedDataSchemas.Popolo.class)) })
	ResponseEntity<Map<String, Object>> popolo(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		ContactFilter filter = this.filters.parse(ContactList.CONTACTS, parameters, null);
		Popolo popolo = new Popolo(base());
		String next = null;
		if (filter.limitGiven()) {
			Page<TimelineEntry> page = this.contacts.timeline(filter);
			page.items().forEach(popolo::add);
			next = page.next();
		}
		else {
			filter.whole(this.contacts::timeline).items().forEach(popolo::add);
		}
		this.officials.findBySlugs(popolo.officialSlugs()).forEach(popolo::add);
		return withNext(ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON), next).body(popolo.document(next));
	}


	private Map<String, OfficialResponse> officials(List<TimelineEntry> entries) {
		Set<String> slugs = new TreeSet<>();
		entries.forEach((entry) -> entry.participants().forEach((p) -> slugs.add(p.slug())));
		Map<String, OfficialResponse> bySlug = new LinkedHashMap<>();
		this.officials.findBySlugs(slugs).forEach((official) -> bySlug.put(official.slug(), official));
		return bySlug;
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/").toUriString();
	}

	private static ResponseEntity.BodyBuilder withNext(ResponseEntity.BodyBuilder response, String next) {
		if (next != null) {
			String url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", next).build()
				.toUriString();
			response.header(HttpHeaders.LINK, "<" + url + ">; rel=\"next\"");
		}
		return response;
	}

}
