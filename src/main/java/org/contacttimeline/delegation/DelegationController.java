package org.contacttimeline.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.contacttimeline.country.Countries;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.NotFoundException;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Pages;
import org.contacttimeline.web.QueryParameters;
import org.contacttimeline.web.Versioned;

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

	private final DelegationQuery delegations;

	private final DelegationEditor editor;

	private final DelegationRevisions revisions;

	private final Countries countries;

	DelegationController(DelegationQuery delegations, DelegationEditor editor, DelegationRevisions revisions,
			Countries countries) {
		this.delegations = delegations;
		this.editor = editor;
		this.revisions = revisions;
		this.countries = countries;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Parameter(name = "country", in = ParameterIn.QUERY, description = "Sending or host country, alpha-2 or alpha-3, any case; repeatable, all must be sides", example = "RU")
	@Parameter(name = "from", in = ParameterIn.QUERY, description = "Visits that end on or after this day", example = "2019-03-01")
	@Parameter(name = "to", in = ParameterIn.QUERY, description = "Visits that start on or before this day", example = "2019-03-31")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size, 1 to 500 (default 50)", example = "50")
	@Parameter(name = "cursor", in = ParameterIn.QUERY, description = "The 'next' value of the previous page, unchanged", example = "MXx8aW0tY2hvbi1pbHxvZmZpY2lhbA")
	ResponseEntity<Page<DelegationResponse>> delegations(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, Set.of("country", "from", "to", "limit", "cursor"));
		List<String> codes = new ArrayList<>();
		for (String code : query.texts("country")) {
			String resolved = this.countries.resolve(code);
			if (resolved == null) {
				query.reject("country", "is not a known country code; accepted: " + Countries.ACCEPTED, code);
			}
			else if (!codes.contains(resolved)) {
				codes.add(resolved);
			}
		}
		LocalDate from = query.date("from");
		LocalDate to = query.date("to");
		if (from != null && to != null && from.isAfter(to)) {
			query.reject("from", "is after 'to' (" + to + "); 'from' must be on or before 'to'", from.toString());
		}
		int limit = query.limit();
		Cursor cursor = query.cursor();
		query.validate();
		return Pages.ok(this.delegations.find(codes, from, to, limit, cursor));
	}

	@GetMapping("/{slug}")
	ResponseEntity<DelegationResponse> delegation(@PathVariable String slug) {
		return read(slug).ok();
	}

	@GetMapping(path = "/{slug}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
	Page<RevisionResponse<DelegationResponse>> revisions(@PathVariable String slug) {
		List<RevisionResponse<DelegationResponse>> revisions = this.revisions.of(slug);
		if (revisions.isEmpty() && this.delegations.findBySlug(slug).isEmpty()) {
			throw new NotFoundException("delegation", slug);
		}
		return new Page<>(revisions, null);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DelegationResponse> create(@Valid @RequestBody DelegationRequest request) {
		String slug = this.editor.create(request);
		return read(slug).created(slug);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DelegationResponse> replace(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DelegationRequest request) {
		return read(this.editor.replace(slug, ifMatch, request)).ok();
	}

	@DeleteMapping("/{slug}")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.editor.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private Versioned<DelegationResponse> read(String slug) {
		return this.delegations.findBySlug(slug).orElseThrow(() -> new NotFoundException("delegation", slug));
	}

}
