package org.contacttimeline.official;

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
@RequestMapping("/api/v1/officials")
class OfficialController {

	private final OfficialQuery officials;

	private final OfficialEditor editor;

	private final OfficialRevisions revisions;

	private final Countries countries;

	OfficialController(OfficialQuery officials, OfficialEditor editor, OfficialRevisions revisions,
			Countries countries) {
		this.officials = officials;
		this.editor = editor;
		this.revisions = revisions;
		this.countries = countries;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Parameter(name = "country", in = ParameterIn.QUERY, description = "Country of the official, alpha-2 or alpha-3, any case", example = "KP")
	@Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in names (either script), slugs and titles", example = "foreign minister")
	@Parameter(name = "wikidata", in = ParameterIn.QUERY, description = "The official's Wikidata item: Q and digits, no leading zero", example = "Q7747")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size, 1 to 500 (default 50)", example = "50")
	@Parameter(name = "cursor", in = ParameterIn.QUERY, description = "The 'next' value of the previous page, unchanged", example = "MXx8aW0tY2hvbi1pbHxvZmZpY2lhbA")
	ResponseEntity<Page<OfficialResponse>> officials(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, Set.of("country", "q", "wikidata", "limit", "cursor"));
		String country = query.map("country", this.countries::resolve,
				"is not a known country code; accepted: " + Countries.ACCEPTED);
		String q = query.text("q");
		String wikidata = query.map("wikidata", Wikidata::checked, Wikidata.ACCEPTED);
		int limit = query.limit();
		Cursor cursor = query.cursor();
		query.validate();
		return Pages.ok(this.officials.find(country, q, wikidata, limit, cursor));
	}

	@GetMapping("/{slug}")
	ResponseEntity<OfficialResponse> official(@PathVariable String slug) {
		return read(slug).ok();
	}

	@GetMapping(path = "/{slug}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
	Page<RevisionResponse<OfficialResponse>> revisions(@PathVariable String slug) {
		List<RevisionResponse<OfficialResponse>> revisions = this.revisions.of(slug);
		if (revisions.isEmpty() && this.officials.findBySlug(slug).isEmpty()) {
			throw new NotFoundException("official", slug);
		}
		return new Page<>(revisions, null);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<OfficialResponse> create(@Valid @RequestBody OfficialRequest request) {
		String slug = this.editor.create(request);
		return read(slug).created(slug);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<OfficialResponse> replace(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody OfficialRequest request) {
		return read(this.editor.replace(slug, ifMatch, request)).ok();
	}

	@DeleteMapping("/{slug}")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.editor.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private Versioned<OfficialResponse> read(String slug) {
		return this.officials.findBySlug(slug).orElseThrow(() -> new NotFoundException("official", slug));
	}

}
