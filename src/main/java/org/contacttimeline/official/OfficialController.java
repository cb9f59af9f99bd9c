package org.contacttimeline.official;

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
@RequestMapping("/api/v1/officials")
class OfficialController {

	private final OfficialQuery officials;

	private final Countries countries;

	OfficialController(OfficialQuery officials, Countries countries) {
		this.officials = officials;
		this.countries = countries;
	}

	@GetMapping
	ResponseEntity<Page<OfficialResponse>> officials(@RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, Set.of("country", "q", "limit", "cursor"));
		String country = query.map("country", this.countries::resolve,
				"is not a known country code; accepted: " + Countries.ACCEPTED);
		String q = query.text("q");
		int limit = query.limit();
		Cursor cursor = query.cursor();
		query.validate();
		return Pages.ok(this.officials.find(country, q, limit, cursor));
	}

	@GetMapping("/{slug}")
	OfficialResponse official(@PathVariable String slug) {
		return this.officials.findBySlug(slug).orElseThrow(() -> new NotFoundException("official", slug));
	}

}
