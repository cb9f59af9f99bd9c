package org.contacttimeline.official;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.contacttimeline.country.Countries;
import org.contacttimeline.web.NotFoundException;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.QueryParameters;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organizations a write may name: an official's position ({@code organization}) and a citation's
 * {@code accordingTo} refer to them by slug.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Transactional(readOnly = true)
class OrganizationController {

	private static final String COLUMNS = "select slug, name, country_code as country, kind, wikidata, wikidata_source from organization";

	private final JdbcClient jdbc;

	private final Countries countries;

	OrganizationController(JdbcClient jdbc, Countries countries) {
		this.jdbc = jdbc;
		this.countries = countries;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Organizations by slug: ministries, legislatures, parties, news agencies, ...")
	@Parameter(name = "country", in = ParameterIn.QUERY, description = "Country of the organization, alpha-2 or alpha-3, any case", example = "RU")
	@Parameter(name = "kind", in = ParameterIn.QUERY, description = "ministry, legislature, committee, party, government, head_of_state, news_agency, newspaper or other", example = "news_agency")
	@Parameter(name = "wikidata", in = ParameterIn.QUERY, description = "The organization's Wikidata item: Q and digits, no leading zero", example = "Q7747")
	Page<OrganizationResponse> organizations(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, Set.of("country", "kind", "wikidata"));
		String country = query.map("country", this.countries::resolve,
				"is not a known country code; accepted: " + Countries.ACCEPTED);
		String kind = query.map("kind", (value) -> KINDS.contains(value) ? value : null,
				"is not a kind of organization; accepted: " + String.join(", ", KINDS));
		String wikidata = query.map("wikidata", Wikidata::checked, Wikidata.ACCEPTED);
		query.validate();
		StringBuilder sql = new StringBuilder(COLUMNS).append(" where true");
		Map<String, Object> values = new HashMap<>();
		if (country != null) {
			sql.append(" and country_code = :country");
			values.put("country", country);
		}
		if (kind != null) {
			sql.append(" and kind = :kind");
			values.put("kind", kind);
		}
		if (wikidata != null) {
			sql.append(" and wikidata = :wikidata");
			values.put("wikidata", wikidata);
		}
		return new Page<>(this.jdbc.sql(sql.append(" order by slug").toString()).params(values)
			.query(OrganizationResponse.class).list(), null);
	}

	@GetMapping(path = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One organization")
	OrganizationResponse organization(@Parameter(example = "tass") @PathVariable String slug) {
		return this.jdbc.sql(COLUMNS + " where slug = :slug").param("slug", slug).query(OrganizationResponse.class)
			.optional().orElseThrow(() -> new NotFoundException("organization", slug));
	}

	private static final List<String> KINDS = List.of("ministry", "legislature", "committee", "party", "government",
			"head_of_state", "news_agency", "newspaper", "other");

}
