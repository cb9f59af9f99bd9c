package org.contacttimeline.country;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
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

	static final ListParameter<String> WIKIDATA = Wikidata.parameter("The country's Wikidata item", "Q423");

	/** The parameters of the list of countries. */
	enum CountryList implements ListParameters {

		COUNTRIES;

		@Override
		public List<ListParameter<?>> parameters() {
			return List.of(WIKIDATA);
		}

	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listCountries", tags = "Countries", summary = "The countries known, by name: ISO 3166-1 alpha-2 and alpha-3 codes, and Wikidata items where recorded")
	@ListParameters.Documented(of = CountryList.class, list = "COUNTRIES")
	Page<CountryResponse> countries(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, null, List.of(WIKIDATA));
		String wikidata = query.read(WIKIDATA);
		query.validate();
		return new Page<>(this.countries.all().stream()
			.filter((country) -> wikidata == null || wikidata.equals(country.wikidata()))
			.toList(), null);
	}

}
