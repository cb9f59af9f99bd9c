package org.contacttimeline.organization;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.country.CountryCodes;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.Problems;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.QueryParameters;
import org.contacttimeline.country.Wikidata;

import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

/**
 * The organizations a write may name: an official's position ({@code organization}) and a citation's
 * {@code accordingTo} refer to them by slug. Reference data, a few hundred at most: one list, no pages.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Transactional(readOnly = true, transactionManager = "transactionManager")
class OrganizationController {

	private static final Table<?> ORGANIZATION = table(name("organization")).as("g");

	private static final Field<String> SLUG = field(name("g", "slug"), SQLDataType.VARCHAR);

	private static final Field<String> NAME = field(name("g", "name"), SQLDataType.VARCHAR);

	private static final Field<String> COUNTRY = field(name("g", "country_code"), SQLDataType.VARCHAR);

	private static final Field<String> KIND = field(name("g", "kind"), SQLDataType.VARCHAR);

	private static final Field<String> WIKIDATA = field(name("g", "wikidata"), SQLDataType.VARCHAR);

	private static final Field<String> WIKIDATA_SOURCE = field(name("g", "wikidata_source"), SQLDataType.VARCHAR);

	static final ListParameter<String> COUNTRY_PARAMETER = CountryCodes.parameter("country",
			"Country of the organization", "RU");

	static final ListParameter<OrganizationKind> KIND_PARAMETER = ListParameter.choice("kind",
			"What kind of body it is", OrganizationKind.class);

	static final ListParameter<String> WIKIDATA_PARAMETER = Wikidata.parameter("The organization's Wikidata item",
			"Q212707");

	/** The parameters of the list of organizations. */
	enum OrganizationList implements ListParameters {

		ORGANIZATIONS;

		@Override
		public List<ListParameter<?>> parameters() {
			return List.of(COUNTRY_PARAMETER, KIND_PARAMETER, WIKIDATA_PARAMETER);
		}

	}

	private final DSLContext db;

	OrganizationController(DSLContext db) {
		this.db = db;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listOrganizations", tags = "Organizations", summary = "Organizations by slug: ministries, legislatures, parties, news agencies, ...")
	@ListParameters.Documented(of = OrganizationList.class, list = "ORGANIZATIONS")
	Page<OrganizationResponse> organizations(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, null,
				OrganizationList.ORGANIZATIONS.parameters());
		String country = query.read(COUNTRY_PARAMETER);
		OrganizationKind kind = query.read(KIND_PARAMETER);
		String wikidata = query.read(WIKIDATA_PARAMETER);
		query.validate();
		Condition condition = noCondition();
		if (country != null) {
			condition = condition.and(COUNTRY.eq(param("country", country)));
		}
		if (kind != null) {
			condition = condition.and(KIND.eq(param("kind", kind.name().toLowerCase(Locale.ROOT))));
		}
		if (wikidata != null) {
			condition = condition.and(WIKIDATA.eq(param("wikidata", wikidata)));
		}
		return new Page<>(this.db.fetch(select(SLUG, NAME, COUNTRY, KIND, WIKIDATA, WIKIDATA_SOURCE).from(ORGANIZATION)
			.where(condition)
			.orderBy(SLUG)).map(OrganizationController::response), null);
	}

	@GetMapping(path = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getOrganization", tags = "Organizations", summary = "One organization")
	OrganizationResponse organization(@Parameter(example = "tass") @PathVariable String slug) {
		return this.db.fetchOptional(select(SLUG, NAME, COUNTRY, KIND, WIKIDATA, WIKIDATA_SOURCE).from(ORGANIZATION)
			.where(SLUG.eq(param("slug", slug))))
			.map(OrganizationController::response)
			.orElseThrow(() -> Problems.notFound("organization", slug));
	}

	private static OrganizationResponse response(Record r) {
		return new OrganizationResponse(r.get(SLUG), r.get(NAME), r.get(COUNTRY), r.get(KIND), r.get(WIKIDATA),
				r.get(WIKIDATA_SOURCE));
	}

}
