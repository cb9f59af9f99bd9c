package org.contacttimeline.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.contacttimeline.country.Countries;
import org.contacttimeline.web.Cursor;
import org.contacttimeline.web.NotFoundException;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Pages;
import org.contacttimeline.web.QueryParameters;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/delegations")
class DelegationController {

	private final DelegationQuery delegations;

	private final Countries countries;

	DelegationController(DelegationQuery delegations, Countries countries) {
		this.delegations = delegations;
		this.countries = countries;
	}

	@GetMapping
	ResponseEntity<Page<DelegationResponse>> delegations(@RequestParam MultiValueMap<String, String> parameters) {
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
		return this.delegations.findBySlug(slug).orElseThrow(() -> new NotFoundException("delegation", slug)).ok();
	}

}
