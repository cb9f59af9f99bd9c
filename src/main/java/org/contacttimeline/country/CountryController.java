package org.contacttimeline.country;

import java.util.Set;

import org.contacttimeline.web.Page;
import org.contacttimeline.web.QueryParameters;

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

	@GetMapping
	Page<CountryResponse> countries(@RequestParam MultiValueMap<String, String> parameters) {
		new QueryParameters(parameters, Set.of()).validate();
		return new Page<>(this.countries.all(), null);
	}

}
