package org.contacttimeline.candidate;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.Problems;
import org.contacttimeline.web.Page;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The review of candidate contacts, for editors only (reads too: they are unverified machine-coded claims, not part
 * of the timeline until an editor accepts them): the groups by the timeline's filters, one group with its events,
 * and the decisions.
 */
@RestController
@RequestMapping("/api/v1/candidates")
@SecurityRequirement(name = "editor")
class CandidateController {

	private final CandidateQuery query;

	private final CandidateFilters filters;

	private final CandidateReview review;

	CandidateController(CandidateQuery query, CandidateFilters filters, CandidateReview review) {
		this.query = query;
		this.filters = filters;
		this.review = review;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listCandidates", tags = "Candidates", security = @SecurityRequirement(name = "editor"), summary = "Candidate groups to review (editor only), newest first, then most mentioned; proposed ones unless state says otherwise")
	@ListParameters.Documented(of = CandidateFilters.CandidateList.class, list = "CANDIDATES")
	@ApiResponse(responseCode = "200", description = "A page of candidate groups, each with its most mentioned events",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = GroupPage.class)))
	@ApiResponse(responseCode = "401", description = "Candidates are read by editors only", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<Page<CandidateGroupResponse>> groups(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		return this.query.groups(this.filters.parse(parameters)).answer();
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getCandidate", tags = "Candidates", security = @SecurityRequirement(name = "editor"), summary = "One candidate group with its events, most mentioned first (editor only)")
	@ApiResponse(responseCode = "200", description = "The group")
	@ApiResponse(responseCode = "401", description = "Candidates are read by editors only", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	CandidateGroupResponse group(@Parameter(example = "1") @PathVariable String id) {
		return this.query.group(id(id)).orElseThrow(() -> notFound(id));
	}

	@PostMapping(path = "/{id}/accept", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "acceptCandidate", tags = "Candidates", security = @SecurityRequirement(name = "editor"), summary = "Accept a proposed group (editor only): it becomes a meeting, cited on its most mentioned "
			+ "event's source, editable as any meeting (an article's proposal: a meeting or delegation visit cited on the "
			+ "article with its quotes); a body may give the title and slug, and createOfficials")
	@ApiResponse(responseCode = "201", description = "Accepted; Location names the new meeting or delegation")
	ResponseEntity<CandidateGroupResponse> accept(@Parameter(example = "1") @PathVariable String id,
			@Valid @RequestBody(required = false) AcceptRequest request) {
		long group = id(id);
		ProposalAcceptor.Accepted made = this.review.accept(group, (request != null) ? request : AcceptRequest.NONE,
				ImportController.editor());
		URI contact = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/{type}s/{slug}")
			.buildAndExpand(made.type(), made.slug()).toUri();
		return ResponseEntity.created(contact).body(this.query.group(group).orElseThrow());
	}

	@PostMapping(path = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "rejectCandidate", tags = "Candidates", security = @SecurityRequirement(name = "editor"), summary = "Reject a proposed or corroborating group with a reason (editor only): it stays, and is not proposed again")
	@ApiResponse(responseCode = "200", description = "Rejected")
	CandidateGroupResponse reject(@Parameter(example = "1") @PathVariable String id, @Valid @RequestBody RejectRequest request) {
		long group = id(id);
		this.review.reject(group, request, ImportController.editor());
		return this.query.group(group).orElseThrow();
	}

	private static long id(String id) {
		return Optional.of(id).filter((value) -> value.matches("[0-9]{1,18}")).map(Long::parseLong)
			.orElseThrow(() -> notFound(id));
	}

	private static org.springframework.web.ErrorResponseException notFound(String id) {
		return Problems.notFound("candidate group", "id", id);
	}

	/** The shape of a page of groups, for the API document. */
	record GroupPage(List<CandidateGroupResponse> items,
			@Schema(nullable = true, description = "cursor of the next page, null on the last") String next) {
	}

}
