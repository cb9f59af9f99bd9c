package org.contacttimeline.source;

import java.util.List;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.web.Page.Cursor;
import org.contacttimeline.editing.Writes;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.Problems;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.QueryParameters;
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
@RequestMapping("/api/v1/sources")
class SourceController {

	private final SourceQuery sources;

	private final SourceEditor editor;

	private final Writes writes;

	private final SourceRevisions revisions;

	SourceController(SourceQuery sources, SourceEditor editor, SourceRevisions revisions, Writes writes) {
		this.sources = sources;
		this.editor = editor;
		this.writes = writes;
		this.revisions = revisions;
	}

	/** A page of citations goes on after the citation it ended with. */
	static final ListParameter<Cursor> CITATIONS_CURSOR = ListParameter.CURSOR
		.withExample(new Cursor(null, "1", "citation").encode());

	static final ListParameter<String> Q = ListParameter.search("Text in publisher, headline, author or slug",
			"Korea Times");

	/** The parameters of the lists of sources and of a source's citations, each declared once. */
	enum SourceList implements ListParameters {

		SOURCES(Q, ListParameter.LIMIT, ListParameter.CURSOR), CITATIONS(ListParameter.LIMIT, CITATIONS_CURSOR);

		private final List<ListParameter<?>> parameters;

		SourceList(ListParameter<?>... parameters) {
			this.parameters = List.of(parameters);
		}

		@Override
		public List<ListParameter<?>> parameters() {
			return this.parameters;
		}

	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listSources", tags = "Sources", summary = "Sources by slug, filtered by text; what cites each is on its own view")
	@ListParameters.Documented(of = SourceList.class, list = "SOURCES")
	ResponseEntity<Page<SourceDetailResponse>> sources(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, null, SourceList.SOURCES.parameters());
		String q = query.read(Q);
		int limit = query.read(ListParameter.LIMIT);
		Cursor cursor = query.read(ListParameter.CURSOR);
		query.validate();
		return this.sources.find(q, limit, cursor).answer();
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getSource", tags = "Sources", summary = "One source, with the first " + SourceQuery.NESTED + " facts that cite it and a link to the rest")
	ResponseEntity<SourceDetailResponse> source(@PathVariable String slug) {
		return read(slug).ok();
	}

	@GetMapping(path = "/{slug}/citations", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listSourceCitations", tags = "Sources", summary = "Every fact that cites a source, in the order they were recorded")
	@ListParameters.Documented(of = SourceList.class, list = "CITATIONS")
	ResponseEntity<Page<SourceDetailResponse.Use>> citations(@PathVariable String slug,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, null, SourceList.CITATIONS.parameters());
		int limit = query.read(ListParameter.LIMIT);
		Cursor cursor = query.read(CITATIONS_CURSOR);
		if (cursor != null && !SourceQuery.citationsCursor(cursor)) {
			query.reject("cursor", "is a cursor of another list; pass the 'next' value of the previous page of this list"
					+ " unchanged, or omit it for the first page", parameters.getFirst("cursor"));
		}
		query.validate();
		return this.sources.citations(slug, limit, cursor).orElseThrow(() -> Problems.notFound("source", slug)).answer();
	}

	@GetMapping(path = "/{slug}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listSourceRevisions", tags = "History", summary = "Every change of a source, newest first, with its editor and the state after it")
	Page<RevisionResponse<SourceDetailResponse>> revisions(@PathVariable String slug) {
		return this.revisions.of(slug);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createSource", tags = "Sources", summary = "Add a source (editor only)")
	ResponseEntity<SourceDetailResponse> create(@Valid @RequestBody SourceRequest request) {
		return this.writes.created(() -> this.editor.create(request), this::read);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceSource", tags = "Sources", summary = "Replace a source whole (editor only), with If-Match naming the version it was read at")
	ResponseEntity<SourceDetailResponse> replace(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SourceRequest request) {
		return this.writes.replaced(() -> this.editor.replace(slug, ifMatch, request), this::read);
	}

	@DeleteMapping("/{slug}")
	@Operation(operationId = "deleteSource", tags = "Sources", summary = "Delete a source (editor only), with If-Match; refused while facts cite it")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.writes.deleted(() -> this.editor.delete(slug, ifMatch));
	}

	private Versioned<SourceDetailResponse> read(String slug) {
		return Versioned.found("source", slug, this.sources.findBySlug(slug));
	}

}
