package org.contacttimeline.revision;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.QueryParameters;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What changed since a client last looked: {@code GET /api/v1/changes?since=n}.
 */
@RestController
class ChangeController {

	private final ChangeFeed feed;

	ChangeController(ChangeFeed feed) {
		this.feed = feed;
	}

	@GetMapping(path = "/api/v1/changes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listChanges", tags = "History", summary = "Every change of meetings, delegations, officials and sources after a revision, oldest first",
			description = "Each change with its revision, time, editor, resource type and slug, created/updated/deleted and the "
					+ "resource as it was after it (null after a deletion). Pass the answer's 'newest' as since next time; "
					+ "follow 'next' (or Link: rel=\"next\") while it is not null.")
	@ListParameters.Documented(of = ChangeList.class, list = "CHANGES")
	ResponseEntity<ChangePage> changes(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, null, ChangeList.CHANGES.parameters());
		Long since = query.read(ChangeList.SINCE);
		int limit = query.read(ListParameter.LIMIT);
		ChangeCursor cursor = query.read(ChangeList.CURSOR);
		query.validate();
		ChangePage page = this.feed.after(since != null ? since : 0, cursor, limit);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (page.next() != null) {
			String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", page.next()).build()
				.toUriString();
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(page);
	}

	/** The parameters of the change feed. */
	enum ChangeList implements ListParameters {

		CHANGES;

		static final ListParameter<Long> SINCE = new ListParameter<>("since",
				"The revision after which to list changes: 0 (the default) for every change, else the 'newest' of the previous answer",
				"5", "integer", "int64", List.of(), false,
				(query, name) -> query.map(name, (value) -> value.matches("\\d{1,18}") ? Long.valueOf(value) : null,
						"is not a revision number; accepted: a whole number from 0, e.g. the 'newest' of the previous answer"));

		static final ListParameter<ChangeCursor> CURSOR = new ListParameter<>("cursor",
				"The 'next' value of the previous page, unchanged", "YzF8NXxtZWV0aW5nfDQy", "string", null, List.of(), false,
				(query, name) -> query.map(name, ChangeCursor::decode,
						"is not a cursor this service issued; pass the 'next' value of a previous page unchanged, or omit it for the first page"));

		@Override
		public List<ListParameter<?>> parameters() {
			return List.of(SINCE, ListParameter.LIMIT, CURSOR);
		}

	}

}
