package org.contacttimeline.web;

import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for query parameters, as the API document says: every operation refuses one it does not declare with a
 * 400 problem naming it, single resources and their revisions as the lists do; {@code limit} only where a list pages.
 */
@ApiTest
class UnknownParameterTests {

	private static final String MEETING = "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14";

	@Autowired
	Api api;

	@Test
	void aSingleResourceRefusesAParameterItDoesNotTake() {
		Api.Response response = this.api.get(MEETING + "?colour=red");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("colour");
		assertThat(response.<List<String>>json("$.errors[*].message")).containsExactly("is not a parameter of this endpoint; it takes none");
	}

	@Test
	void aHeadOrAnEncodedNameIsHeldToTheSameRule() {
		Api.Response head = this.api.send(java.net.http.HttpRequest.newBuilder(this.api.uri(MEETING + "?colour=red"))
			.method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
		Api.Response encoded = this.api.get("/api/v1/officials/im-chon-il/revisions?%6Cimit=1");

		assertThat(head.status()).isEqualTo(400);
		assertThat(encoded.status()).isEqualTo(400);
		assertThat(encoded.<List<String>>json("$.errors[*].field")).containsExactly("limit");
	}

	@Test
	void revisionsRefuseALimitAsTheListsThatDoNotPageDo() {
		Api.Response revisions = this.api.get(MEETING + "/revisions?limit=1");
		Api.Response countries = this.api.get("/api/v1/countries?limit=1");

		assertThat(revisions.status()).isEqualTo(400);
		assertThat(revisions.<List<String>>json("$.errors[*].field")).containsExactly("limit");
		assertThat(countries.status()).isEqualTo(400);
		assertThat(this.api.get(MEETING + "/revisions").status()).isEqualTo(200);
	}

	@Test
	void aListStillRefusesAParameterItDoesNotTake() {
		Api.Response response = this.api.get("/api/v1/meetings?colour=red");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("colour");
	}

}
