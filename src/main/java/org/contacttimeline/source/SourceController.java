package org.contacttimeline.source;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
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
@RequestMapping("/api/v1/sources")
class SourceController {

	private final SourceQuery sources;

	private final SourceEditor editor;

	private final SourceRevisions revisions;

	SourceController(SourceQuery sources, SourceEditor editor, SourceRevisions revisions) {
		this.sources = sources;
		this.editor = editor;
		this.revisions = revisions;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in publisher, headline, author or slug", example = "Korea Times")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size, 1 to 500 (default 50)", example = "50")
	@Parameter(name = "cursor", in = ParameterIn.QUERY, description = "The 'next' value of the previous page, unchanged", example = "MXx8aW0tY2hvbi1pbHxvZmZpY2lhbA")
	ResponseEntity<Page<SourceDetailResponse>> sources(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, Set.of("q", "limit", "cursor"));
		String q = query.text("q");
		int limit = query.limit();
		Cursor cursor = query.cursor();
		query.validate();
		return Pages.ok(this.sources.find(q, limit, cursor));
	}

	@GetMapping("/{slug}")
	ResponseEntity<SourceDetailResponse> source(@PathVariable String slug) {
		return read(slug).ok();
	}

	@GetMapping(path = "/{slug}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
	Page<RevisionResponse<SourceDetailResponse>> revisions(@PathVariable String slug) {
		List<RevisionResponse<SourceDetailResponse>> revisions = this.revisions.of(slug);
		if (revisions.isEmpty() && this.sources.findBySlug(slug).isEmpty()) {
			throw new NotFoundException("source", slug);
		}
		return new Page<>(revisions, null);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SourceDetailResponse> create(@Valid @RequestBody SourceRequest request) {
		String slug = this.editor.create(request);
		return read(slug).created(slug);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SourceDetailResponse> replace(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SourceRequest request) {
		return read(this.editor.replace(slug, ifMatch, request)).ok();
	}

	@DeleteMapping("/{slug}")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.editor.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private Versioned<SourceDetailResponse> read(String slug) {
		return this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source", slug));
	}

}
