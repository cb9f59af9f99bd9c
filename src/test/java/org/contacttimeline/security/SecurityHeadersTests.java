package org.contacttimeline.security;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class SecurityHeadersTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void servesThePageWithAContentSecurityPolicyAndNoSniffing() {
		Api.Response page = this.api.send(HttpRequest.newBuilder(this.api.uri("/")).build());
		Api.Response json = this.api.get("/api/v1/meetings");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(json.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(json.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(json.header("Referrer-Policy")).isEqualTo("no-referrer");
	}

	@Test
	void letsAnyOriginReadButNoOtherOriginWrite() {
		Api.Response read = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/meetings"))
			.header("Origin", "https://analysts.example").build());
		Api.Response preflight = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/meetings"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://analysts.example")
			.header("Access-Control-Request-Method", "POST")
			.build());
		long before = this.jdbc.sql("select count(*) from meeting").query(Long.class).single();
		Api.Response write = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/meetings"))
			.header("Origin", "https://attacker.example")
			.header("Authorization", Api.EDITOR)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"cross-origin\"}"))
			.build());

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(read.header("Access-Control-Expose-Headers")).contains("Link").contains("ETag");
		for (Api.Response refused : List.of(preflight, write)) {
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
		}
		assertThat(this.jdbc.sql("select count(*) from meeting").query(Long.class).single()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
			"/actuator/loggers", "/actuator" })
	void showsNoActuatorEndpointButHealthAndInfoWithoutCredentials(String path) {
		Api.Response response = this.api.get(path);

		assertThat(response.status()).isIn(401, 403, 404);
		assertThat(response.body()).doesNotContain("editor-password", "spring.datasource");
		assertThat(this.api.get("/actuator/health").status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/info").status()).isEqualTo(200);
	}

	@Test
	void refusesBodiesOverOneMegabyteWhetherDeclaredOrChunked() {
		String huge = "{\"title\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		long before = this.jdbc.sql("select count(*) from meeting").query(Long.class).single();

		Api.Response declared = this.api.write("POST", "/api/v1/meetings", huge, Api.EDITOR, null);
		Api.Response chunked = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/meetings"))
			.header("Authorization", Api.EDITOR)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())))
			.build());

		for (Api.Response response : List.of(declared, chunked)) {
			assertThat(response.status()).isEqualTo(413);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.<String>json("$.detail")).contains("1048576 bytes");
		}
		assertThat(this.jdbc.sql("select count(*) from meeting").query(Long.class).single()).isEqualTo(before);
	}

}
