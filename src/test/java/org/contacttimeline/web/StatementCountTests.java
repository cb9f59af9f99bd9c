package org.contacttimeline.web;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.StatementCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list costs the same few SQL statements whatever its page size: no statement per item.
 */
@ApiTest
class StatementCountTests {

	@Autowired
	Api api;

	@Autowired
	StatementCounter statements;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/meetings", "/api/v1/timeline", "/api/v1/officials", "/api/v1/delegations" })
	void runsTheSameNumberOfStatementsForOneItemAsForEight(String list) {
		long forOne = statementsFor(list + "?limit=1");
		long forEight = statementsFor(list + "?limit=8");

		assertThat(forOne).isPositive();
		assertThat(forEight).isEqualTo(forOne).isLessThanOrEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/meetings?country=KP&country=RU&from=2019-03-01&to=2019-03-31",
			"/api/v1/timeline?country=KP&country=RU&from=2019-03-01&to=2019-03-31" })
	void runsAtMostThreeStatementsForAFilteredPageOfMeetingsAndDelegations(String url) {
		assertThat(statementsFor(url)).isLessThanOrEqualTo(3);
	}

	private long statementsFor(String url) {
		this.api.get(url); // warm: the country list is read once per process
		this.statements.reset();
		Api.Response response = this.api.get(url);
		assertThat(response.status()).isEqualTo(200);
		return this.statements.count();
	}

}
