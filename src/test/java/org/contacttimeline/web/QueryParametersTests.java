package org.contacttimeline.web;

import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.country.CountryCodes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Query parameters are read strictly, by their declarations, and every mistake is told at once.
 */
class QueryParametersTests {

	private static final ListParameter<LocalDate> DATE = ListParameter.date("date", "A day", "2019-03-05");

	private static final ListParameter<List<String>> COUNTRY = CountryCodes.repeatable("country", "A side", "KP");

	private static final ListParameter<String> Q = ListParameter.search("Text", "talks");

	private static final List<ListParameter<?>> DECLARED = List.of(DATE, COUNTRY, Q, ListParameter.LIMIT,
			ListParameter.CURSOR, ListParameter.format(Format.JSON, Format.CSV));

	@Test
	void readsEachDeclaredParameterByItsRule() {
		QueryParameters query = query(Map.of("date", List.of("2019-03-05"), "country", List.of("prk", "RUS", "KP"),
				"q", List.of("Kozlov"), "limit", List.of("20"), "format", List.of("CSV")));

		assertThat(query.read(DATE)).isEqualTo(LocalDate.of(2019, 3, 5));
		assertThat(query.read(COUNTRY)).containsExactly("KP", "RU");
		assertThat(query.read(Q)).isEqualTo("Kozlov");
		assertThat(query.read(ListParameter.LIMIT)).isEqualTo(20);
		assertThat(query.read(ListParameter.LIMIT)).isEqualTo(20);
		query.validate();
	}

	@Test
	void tellsEveryMistakeAtOnceWithWhatIsAccepted() {
		QueryParameters query = query(Map.of("date", List.of("2019-3-5"), "country", List.of("RUS "), "q",
				List.of("a b"), "limit", List.of("0"), "contry", List.of("RU")));
		query.read(DATE);
		query.read(COUNTRY);
		query.read(Q);
		query.read(ListParameter.LIMIT);

		assertThatThrownBy(query::validate).isInstanceOfSatisfying(InvalidRequestException.class, (ex) -> assertThat(ex.errors())
			.extracting(FieldError::field, FieldError::message)
			.contains(org.assertj.core.groups.Tuple.tuple("contry",
					"is not a parameter of this endpoint; accepted: country, cursor, date, format, limit, q"))
			.extracting((tuple) -> tuple.toList().get(0))
			.contains("date", "country", "q", "limit"));
	}

	@Test
	void refusesAFormatTheListDoesNotOfferWhetherAskedByParameterOrByAccept() {
		QueryParameters byParameter = query(Map.of("format", List.of("ics")));
		QueryParameters byAccept = new QueryParameters(new LinkedMultiValueMap<>(), "text/calendar", DECLARED);

		byParameter.read(DECLARED.get(5));
		byAccept.read(DECLARED.get(5));

		assertThatThrownBy(byParameter::validate).hasMessageContaining("format: ics is not offered by this list; accepted: json, csv");
		assertThatThrownBy(byAccept::validate).hasMessageContaining("Accept: ics is not offered by this list");
	}

	@Test
	void givesJsonToAClientThatAcceptsAnything() {
		QueryParameters query = new QueryParameters(new LinkedMultiValueMap<>(), "*/*", DECLARED);

		assertThat(query.read(DECLARED.get(5))).isEqualTo(Format.JSON);
	}

	private static QueryParameters query(Map<String, List<String>> values) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		values.forEach(parameters::put);
		return new QueryParameters(parameters, null, DECLARED);
	}

}
