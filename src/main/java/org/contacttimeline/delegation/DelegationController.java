package org.contacttimeline.delegation;

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
import org.contacttimeline.contact.DelegationResponse;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.editing.Writes;
import org.contacttimeline.web.Page;
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
@RequestMapping("/api/v1/delegations")
class DelegationController {

	private final ContactQuery delegations;

	private final ContactFilters filters;

	private final DelegationEditor editor;

	private final Writes writes;

	private final DelegationRevisions revisions;

	DelegationController(ContactQuery delegations, ContactFilters filters, DelegationEditor editor,
			DelegationRevisions revisions, Writes writes) {
		this.delegations = delegations;
		this.filters = filters;
		this.editor = editor;
		this.writes = writes;
		this.revisions = revisions;
	}

	@GetMapping
	@Operation(operationId = "listDelegations", tags = "Delegations", summary = "Delegation visits, filtered, by start date (undated last), as JSON pages or exports")
	@ListParameters.Documented(of = ContactList.class, list = "DELEGATIONS")
	@ApiResponse(responseCode = "200", description = "A page of delegation visits (JSON), or the export asked for", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = DelegationPage.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "RFC 4180, a header row, one row per visit")),
			@Content(mediaType = "text/calendar", schema = @Schema(type = "string", description = "RFC 5545, an all-day VEVENT per dated visit")) })
	ResponseEntity<?> delegations(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		ContactFilter filter = this.filters.parse(ContactList.DELEGATIONS, parameters, accept);
		return filter.answer(this.delegations::delegations);
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getDelegation", tags = "Delegations", summary = "One delegation visit: head, members, every date reported, the first meetings during it")
	ResponseEntity<DelegationResponse> delegation(@PathVariable String slug) {
		return read(slug).ok();
	}

	@GetMapping(path = "/{slug}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listDelegationRevisions", tags = "History", summary = "Every change of a delegation visit, newest first, with its editor and the state after it")
	Page<RevisionResponse<DelegationResponse>> revisions(@PathVariable String slug) {
		return this.revisions.of(slug);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createDelegation", tags = "Delegations", summary = "Add a delegation visit (editor only)")
	ResponseEntity<DelegationResponse> create(@Valid @RequestBody DelegationRequest request) {
		return this.writes.created(() -> this.editor.create(request), this::read);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceDelegation", tags = "Delegations", summary = "Replace a delegation visit whole (editor only), with If-Match naming the version it was read at")
	ResponseEntity<DelegationResponse> replace(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DelegationRequest request) {
		return this.writes.replaced(() -> this.editor.replace(slug, ifMatch, request), this::read);
	}

	@DeleteMapping("/{slug}")
	@Operation(operationId = "deleteDelegation", tags = "Delegations", summary = "Delete a delegation visit (editor only), with If-Match; its history stays readable")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.writes.deleted(() -> this.editor.delete(slug, ifMatch));
	}

	private Versioned<DelegationResponse> read(String slug) {
		return Versioned.found("delegation", slug, this.delegations.delegation(slug));
	}

	/** The shape of a page of delegation visits, for the API document. */
	record DelegationPage(List<DelegationResponse> items,
			@Schema(nullable = true, description = "cursor of the next page, null on the last") String next) {
	}

}
