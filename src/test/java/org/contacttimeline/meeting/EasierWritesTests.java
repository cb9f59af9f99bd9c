package org.contacttimeline.meeting;

import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a contact as a new user would: a bare CAMEO code, participants and members without a role where the
 * service knows the position held on the dates, and a meeting read, edited and sent back unchanged in meaning.
 */
@ApiTest
@RestoresSeed
class EasierWritesTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private static String talks(String kind, String participants, String date) {
		return """
				{"slug": "easier-write", "title": "Another round of talks", "startDate": "%s", "kind": %s,
				 "location": {"city": "Moscow", "country": "RU"}, "participants": %s,
				 "sources": [{"publisher": "Test Wire", "quote": "They met again."}]}""".formatted(date, kind, participants);
	}

	@Test
	void acceptsABareCameoCodeAsShorthandForTheKindObject() {
		Api.Response created = this.api.write("POST", "/api/v1/meetings",
				talks("\"040\"", "[{\"official\": \"im-chon-il\", \"role\": \"Envoy\"}]", "2019-03-14"), Api.EDITOR, null);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<String>json("$.kind.code")).isEqualTo("040");
		assertThat(created.<String>json("$.kind.label")).isEqualTo("Consult");
	}

	@Test
	void rejectsAnUnknownCodeSayingWhereTheCodesAreListed() {
		Api.Response refused = this.api.write("POST", "/api/v1/meetings",
				talks("\"999\"", "[{\"official\": \"im-chon-il\", \"role\": \"Envoy\"}]", "2019-03-14"), Api.EDITOR, null);
		Api.Response kinds = this.api.get("/api/v1/kinds");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("kind.code");
		assertThat(refused.<String>json("$.errors[0].message")).contains("/api/v1/kinds", "040");
		assertThat(kinds.status()).isEqualTo(200);
		assertThat(kinds.<List<String>>json("$.items[*].code")).contains("036", "040", "042", "043", "044", "046");
		assertThat(kinds.<List<String>>json("$.items[?(@.code == '040')].label")).containsExactly("Consult");
		assertThat(this.api.get("/api/v1/meetings/easier-write").status()).isEqualTo(404);
	}

	@Test
	void takesEachRoleFromThePositionHeldOnTheDateAndSaysWhereItCameFrom() {
		Api.Response created = this.api.write("POST", "/api/v1/meetings",
				talks("\"040\"", "[{\"official\": \"im-chon-il\"}, {\"official\": \"igor-morgulov\", \"role\": \"Host\"}]",
						"2019-03-14"), Api.EDITOR, null);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<List<String>>json("$.participants[*].role")).containsExactly("Vice Foreign Minister", "Host");
		assertThat(created.<List<String>>json("$.participants[*].roleSource")).containsExactly("position", "given");
		assertThat(this.api.get("/api/v1/timeline?date=2019-03-14&official=im-chon-il")
			.<List<String>>json("$.items[?(@.slug == 'easier-write')].participants[0].roleSource")).containsExactly("position");
	}

	@Test
	void refusesARoleLessParticipantWhenNoPositionCoversTheDatesAndChangesNothing() {
		long meetings = count("meeting");

		Api.Response later = this.api.write("POST", "/api/v1/meetings",
				talks("\"040\"", "[{\"official\": \"igor-morgulov\"}]", "2019-03-20"), Api.EDITOR, null);
		Api.Response undated = this.api.write("POST", "/api/v1/meetings",
				talks("\"040\"", "[{\"official\": \"igor-morgulov\"}]", "2019-03-20").replace("\"startDate\": \"2019-03-20\", ", ""),
				Api.EDITOR, null);

		assertThat(later.status()).isEqualTo(422);
		assertThat(later.<List<String>>json("$.errors[*].field")).containsExactly("participants[0].role");
		assertThat(later.<String>json("$.errors[0].message")).contains("igor-morgulov", "2019-03-20",
				"Deputy Foreign Minister (2019-03-14 to 2019-03-14)");
		assertThat(undated.status()).isEqualTo(422);
		assertThat(undated.<String>json("$.errors[0].message")).contains("dates are unknown");
		assertThat(count("meeting")).isEqualTo(meetings);
	}

	@Test
	void aMeetingReadEditedAndSentBackKeepsWhereItsRolesCameFrom() {
		this.api.write("POST", "/api/v1/meetings", talks("\"040\"", "[{\"official\": \"im-chon-il\"}]", "2019-03-14"),
				Api.EDITOR, null);
		Api.Response read = this.api.get("/api/v1/meetings/easier-write");

		Api.Response unchanged = this.api.write("PUT", "/api/v1/meetings/easier-write",
				read.body().replace("Another round of talks", "Another round"), Api.EDITOR, read.header("ETag"));
		Api.Response retitled = this.api.write("PUT", "/api/v1/meetings/easier-write",
				unchanged.body().replace("\"role\":\"Vice Foreign Minister\"", "\"role\":\"Special envoy\""), Api.EDITOR,
				unchanged.header("ETag"));

		assertThat(unchanged.status()).isEqualTo(200);
		assertThat(unchanged.<String>json("$.participants[0].roleSource")).isEqualTo("position");
		assertThat(retitled.status()).isEqualTo(200);
		assertThat(retitled.<String>json("$.participants[0].role")).isEqualTo("Special envoy");
		assertThat(retitled.<String>json("$.participants[0].roleSource")).isEqualTo("given");
	}

	@Test
	void takesADelegationMembersRoleFromThePositionCoveringTheVisit() {
		String visit = """
				{"slug": "easier-visit", "name": "Talks in Moscow", "sendingCountry": "KP", "hostCountry": "RU",
				 "head": "kim-yong-jae", "startDate": "2019-03-04", "endDate": "2019-03-06",
				 "members": [{"official": "kim-yong-jae"}, {"official": "han-man-hyok"}],
				 "sources": [{"publisher": "Test Wire", "quote": "They visited."}]}""";

		Api.Response refused = this.api.write("POST", "/api/v1/delegations", visit, Api.EDITOR, null);
		Api.Response created = this.api.write("POST", "/api/v1/delegations",
				visit.replace("{\"official\": \"han-man-hyok\"}", "{\"official\": \"han-man-hyok\", \"role\": \"Adviser\"}"),
				Api.EDITOR, null);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("members[1].role");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<List<String>>json("$.members[*].role")).containsExactly("Minister for External Economic Affairs", "Adviser");
		assertThat(created.<List<String>>json("$.members[*].roleSource")).containsExactly("position", "given");
		assertThat(created.<String>json("$.head.roleSource")).isEqualTo("position");
	}

	@Test
	void marksEveryRoleStoredBeforeAsGiven() {
		List<Map<String, Object>> participants = this.api.get("/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14")
			.json("$.participants");

		assertThat(participants).extracting((p) -> p.get("roleSource")).containsOnly("given");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
