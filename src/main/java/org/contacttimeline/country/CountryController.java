package org.contacttimeline.country;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.contacttimeline.official.Wikidata;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.QueryParameters;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/countries")
class CountryController {

	private final Countries countries;

	CountryController(Countries countries) {
		this.countries = countries;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The countries known, by name: ISO 3166-1 alpha-2 and alpha-3 codes, and Wikidata items where recorded")
	@Parameter(name = "wikidata", in = ParameterIn.QUERY, description = "The country's Wikidata item: Q and digits, no leading zero", example = "Q423")
	Page<CountryResponse> countries(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, Set.of("wikidata"));
		String wikidata = query.map("wikidata", Wikidata::checked, Wikidata.ACCEPTED);
		query.validate();
		return new Page<>(this.countries.all().stream()
			.filter((country) -> wikidata == null || wikidata.equals(country.wikidata()))
			.toList(), null);
	}

}
