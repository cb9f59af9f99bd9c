package org.contacttimeline.official;

import org.contacttimeline.country.CountryCodes;
import java.util.List;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.contacttimeline.country.Countries;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.web.Page.Cursor;
import org.contacttimeline.editing.Writes;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.QueryParameters;
import org.contacttimeline.editing.Versioned;
import org.contacttimeline.country.Wikidata;

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

	private final Writes writes;

	private final OfficialRevisions revisions;

	private final OfficialNames names;

	OfficialController(OfficialQuery officials, OfficialEditor editor, OfficialRevisions revisions, Writes writes,
			OfficialNames names) {
		this.names = names;
		this.officials = officials;
		this.editor = editor;
		this.writes = writes;
		this.revisions = revisions;
	}

	static final ListParameter<String> COUNTRY = CountryCodes.parameter("country", "Country of the official", "KP");

	static final ListParameter<String> Q = ListParameter.search("Text in names (either script), aliases, slugs and "
			+ "titles; a name in any common romanization or transliteration (Rim for Im, Sergey for Sergei, -ow for -ov); "
			+ "when nothing matches, didYouMean lists the officials whose names are closest", "foreign minister");

	/** How many officials a search that found none suggests. */
	private static final int SUGGESTED = 5;

	static final ListParameter<String> WIKIDATA = Wikidata.parameter("The official's Wikidata item", "Q7747");

	/** The parameters of the list of officials, each declared once. */
	enum OfficialList implements ListParameters {

		OFFICIALS(COUNTRY, Q, WIKIDATA, ListParameter.LIMIT, ListParameter.CURSOR);

		private final List<ListParameter<?>> parameters;

		OfficialList(ListParameter<?>... parameters) {
			this.parameters = List.of(parameters);
		}

		@Override
		public List<ListParameter<?>> parameters() {
			return this.parameters;
		}

	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listOfficials", tags = "Officials", summary = "Officials by slug, filtered by country, text or Wikidata item")
	@ListParameters.Documented(of = OfficialList.class, list = "OFFICIALS")
	ResponseEntity<OfficialPage> officials(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, null, OfficialList.OFFICIALS.parameters());
		String country = query.read(COUNTRY);
		String q = query.read(Q);
		String wikidata = query.read(WIKIDATA);
		int limit = query.read(ListParameter.LIMIT);
		Cursor cursor = query.read(ListParameter.CURSOR);
		query.validate();
		Page<OfficialResponse> page = this.officials.find(country, q, wikidata, limit, cursor);
		List<OfficialPage.Suggestion> suggestions = (q != null && cursor == null && page.items().isEmpty())
				? this.names.closest(q, SUGGESTED).stream()
					.filter((match) -> country == null || country.equals(match.country()))
					.map((match) -> new OfficialPage.Suggestion(match.slug(), match.name(), match.country(), match.matchedBy()))
					.toList()
				: List.of();
		return ResponseEntity.ok().headers(page.answer().getHeaders()).body(new OfficialPage(page.items(), page.next(), suggestions));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getOfficial", tags = "Officials", summary = "One official: positions over time with their sources, and the first meetings with the role held")
	ResponseEntity<OfficialResponse> official(@PathVariable String slug) {
		return read(slug).ok();
	}

	@GetMapping(path = "/{slug}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listOfficialRevisions", tags = "History", summary = "Every change of an official, newest first, with its editor and the state after it")
	Page<RevisionResponse<OfficialResponse>> revisions(@PathVariable String slug) {
		return this.revisions.of(slug);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createOfficial", tags = "Officials", summary = "Add an official (editor only)")
	ResponseEntity<OfficialResponse> create(@Valid @RequestBody OfficialRequest request) {
		return this.writes.created(() -> this.editor.create(request), this::read);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceOfficial", tags = "Officials", summary = "Replace an official whole (editor only), with If-Match naming the version it was read at")
	ResponseEntity<OfficialResponse> replace(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody OfficialRequest request) {
		return this.writes.replaced(() -> this.editor.replace(slug, ifMatch, request), this::read);
	}

	@DeleteMapping("/{slug}")
	@Operation(operationId = "deleteOfficial", tags = "Officials", summary = "Delete an official (editor only), with If-Match; its history stays readable")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.writes.deleted(() -> this.editor.delete(slug, ifMatch));
	}

	private Versioned<OfficialResponse> read(String slug) {
		return Versioned.found("official", slug, this.officials.findBySlug(slug));
	}

}
