package org.contacttimeline.web;

import java.net.http.HttpRequest;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list costs the same few SQL statements whatever its page size: no statement per item. Every read reads the data
 * version (one statement; a single meeting's row brings it along); a list answered afresh also runs its three, an
 * answer already made at that version or a revalidation that still holds runs none, and begins no transaction.
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
		long forOne = fresh(list + "?limit=1");
		long forEight = fresh(list + "?limit=8");

		assertThat(forOne).isPositive();
		assertThat(forEight).isEqualTo(forOne).isLessThanOrEqualTo(4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/meetings?country=KP&country=RU&from=2019-03-01&to=2019-03-31",
			"/api/v1/timeline?country=KP&country=RU&from=2019-03-01&to=2019-03-31" })
	void runsTheVersionAndAtMostThreeStatementsForAFilteredPageOfMeetingsAndDelegations(String url) {
		assertThat(fresh(url)).isLessThanOrEqualTo(4);
	}

	@Test
	void readsASingleMeetingInFourStatementsAndAgainInOne() {
		String url = "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14";

		// the version, its row, its parts, its sources
		assertThat(fresh(url)).isEqualTo(4);
		// and the answer is kept under the version it was read at: asked again, only the version is read
		this.statements.reset();
		Api.Response again = this.api.get(url);
		assertThat(again.status()).isEqualTo(200);
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/meetings?country=KP&country=RU&from=2019-03-01&to=2019-03-31",
			"/api/v1/timeline?from=2019-03-01&to=2019-03-31&limit=3", "/api/v1/delegations",
			"/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14", "/api/v1/officials/im-chon-il",
			"/api/v1/timeline?format=ics", "/api/v1/changes?since=0" })
	void answersARepeatedReadAndARevalidationWithOnlyTheVersion(String url) {
		Api.Response first = this.api.get(url);
		assertThat(first.status()).isEqualTo(200);

		this.statements.reset();
		Api.Response again = this.api.get(url);
		long forAgain = this.statements.count();
		long transactionsForAgain = this.statements.transactions();
		this.statements.reset();
		Api.Response revalidated = this.api.send(HttpRequest.newBuilder(this.api.uri(url))
			.header("Accept", "application/json")
			.header("If-None-Match", first.header("ETag"))
			.build());
		long forRevalidation = this.statements.count();
		long transactionsForRevalidation = this.statements.transactions();

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(forAgain).as("statements for the same read again").isEqualTo(1);
		assertThat(revalidated.status()).isEqualTo(304);
		assertThat(forRevalidation).as("statements for a revalidation").isEqualTo(1);
		// the version alone, outside any transaction: no BEGIN and ROLLBACK around it
		assertThat(transactionsForAgain).as("transactions for the same read again").isZero();
		assertThat(transactionsForRevalidation).as("transactions for a revalidation").isZero();
	}

	/** The statements of a read answered afresh, as its first request at this version would be. */
	private long fresh(String url) {
		this.api.get(url); // warm: the country list is read once per process
		this.statements.reset();
		Api.Response response = this.api.send(HttpRequest.newBuilder(this.api.uri(url))
			.header("Accept", "application/json")
			.header("Cache-Control", "no-cache")
			.build());
		assertThat(response.status()).isEqualTo(200);
		return this.statements.count();
	}

}
