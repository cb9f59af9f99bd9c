package org.contacttimeline.official;

import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officials, organizations and countries carry a Wikidata item, in the form Q and digits, returned and filterable;
 * the seed has one only where its source can be named.
 */
@ApiTest
@RestoresSeed
class WikidataTests {

	@Autowired
	Api api;

	private static String official(String wikidata) {
		return """
				{"slug": "wikidata-test", "name": "Test Official", "country": "RU", "wikidata": "%s",
				 "wikidataSource": "Test fixture"}""".formatted(wikidata);
	}

	@Test
	void seedsTheArticlesCountriesWithTheirItemAndItsSource() {
		Api.Response northKorea = this.api.get("/api/v1/countries?wikidata=Q423");

		assertThat(northKorea.<List<String>>json("$.items[*].code")).containsExactly("KP");
		assertThat(northKorea.<String>json("$.items[0].wikidataSource")).contains("Our World in Data");
		assertThat(this.api.get("/api/v1/countries?wikidata=Q159").<List<String>>json("$.items[*].code")).containsExactly("RU");
		assertThat(this.api.get("/api/v1/countries").<List<String>>json("$.items[?(@.code == 'SU')].wikidata"))
			.containsExactly((String) null);
	}

	@Test
	void leavesPeopleAndBodiesOfTheSeedWithoutAnItemNoSourceConfirms() {
		assertThat(this.api.get("/api/v1/officials?limit=500").<List<Object>>json("$.items[*].wikidata")).containsOnlyNulls();
		assertThat(this.api.get("/api/v1/organizations").<List<Object>>json("$.items[*].wikidata")).containsOnlyNulls();
	}

	@Test
	void returnsAndFiltersAnOfficialsItem() {
		Api.Response created = this.api.write("POST", "/api/v1/officials", official("Q4242424242"), Api.EDITOR, null);
		Api.Response found = this.api.get("/api/v1/officials?wikidata=Q4242424242");
		Api.Response again = this.api.write("POST", "/api/v1/officials",
				official("Q4242424242").replace("wikidata-test", "wikidata-twin"), Api.EDITOR, null);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<String>json("$.wikidata")).isEqualTo("Q4242424242");
		assertThat(created.<String>json("$.wikidataSource")).isEqualTo("Test fixture");
		assertThat(found.<List<String>>json("$.items[*].slug")).containsExactly("wikidata-test");
		assertThat(this.api.get("/api/v1/officials?wikidata=Q1").<List<Object>>json("$.items")).isEmpty();
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.<String>json("$.errors[0].message")).contains("wikidata-test");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Q0123", "q42", "42", "Q", "P31", "Q42x" })
	void refusesAnIdentifierOfAnotherFormWithTheFormAccepted(String identifier) {
		Api.Response filter = this.api.get("/api/v1/officials?wikidata=" + identifier);
		Api.Response write = this.api.write("POST", "/api/v1/officials", official(identifier), Api.EDITOR, null);

		for (Api.Response response : List.of(filter, write)) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("wikidata");
			assertThat(response.<String>json("$.errors[0].message")).contains("Q followed by digits");
		}
		assertThat(this.api.get("/api/v1/officials/wikidata-test").status()).isEqualTo(404);
	}

}
