package org.contacttimeline.delegation;

import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class DelegationApiTests {

	@Autowired
	Api api;

	@Test
	void filtersDelegationsByCountryAndOverlappingDates() {
		// the three North Korean visits to Moscow are dated by their month, March 2019, which overlaps the 21st
		assertThat(this.api.get("/api/v1/delegations?country=RU&country=KP").<List<String>>json("$.items[*].slug"))
			.containsExactly("han-man-hyok-visit-to-moscow-2019-03", "im-chon-il-visit-to-moscow-2019-03",
					"kim-yong-jae-visit-to-moscow-2019-03", "russian-senators-north-korea-2019-03");
		assertThat(this.api.get("/api/v1/delegations?from=2019-03-21&to=2019-04-30").<List<String>>json("$.items"))
			.hasSize(4);
		assertThat(this.api.get("/api/v1/delegations?from=2019-04-01&to=2019-04-30").<List<String>>json("$.items"))
			.isEmpty();
		assertThat(this.api.get("/api/v1/delegations?to=2019-03-15").<List<String>>json("$.items[*].slug"))
			.doesNotContain("russian-senators-north-korea-2019-03").hasSize(3);
		assertThat(this.api.get("/api/v1/delegations?to=2019-02-28").<List<String>>json("$.items")).isEmpty();
		assertThat(this.api.get("/api/v1/delegations?country=US").<List<String>>json("$.items")).isEmpty();
	}

	@Test
	void showsADelegationWithHeadMembersEveryReportedDateAndItsMeetings() {
		Api.Response response = this.api.get("/api/v1/delegations/russian-senators-north-korea-2019-03");

		assertThat(response.<String>json("$.head.slug")).isEqualTo("oleg-melnichenko");
		assertThat(response.<List<String>>json("$.members[*].slug")).containsExactly("oleg-melnichenko", "sergei-kislyak");
		assertThat(response.<String>json("$.startDate")).isEqualTo("2019-03-16");
		assertThat(response.<String>json("$.endDate")).isEqualTo("2019-03-21");
		assertThat(response.<List<String>>json("$.reportedDates[*].startDate")).containsExactly("2019-03-16", "2019-03-14");
		assertThat(response.<List<String>>json("$.meetings[*].slug")).containsExactly(
				"russian-senators-business-meetings-pyongyang-2019-03-16",
				"russian-senators-visit-north-korea-2019-03-16");
	}

}
