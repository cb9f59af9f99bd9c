package org.contacttimeline.security;

import java.net.http.HttpRequest;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator scrapes Prometheus with the management account; probes read health and info without one; nobody else
 * (an editor included) reads the metrics, and the management account writes nothing.
 */
@ApiTest
class ManagementEndpointTests {

	private static final String OPS = Api.basic("ops", "ops-password");

	@Autowired
	Api api;

	@Test
	void servesPrometheusMetricsPerEndpointPoolAndDatabaseToTheManagementAccount() {
		this.api.get("/api/v1/meetings?country=KP");

		Api.Response scrape = get("/actuator/prometheus", OPS);

		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.header("Content-Type")).startsWith("text/plain");
		assertThat(scrape.body())
			.contains("http_server_requests_seconds_count{")
			.contains("uri=\"/api/v1/meetings\"")
			.contains("http_server_requests_seconds_bucket{")
			.contains("hikaricp_connections_active{")
			.contains("hikaricp_connections_pending{")
			.contains("timeline_database_up 1.0")
			.contains("timeline_embedded_db_restarts_total");
		assertThat(get("/actuator/metrics/http.server.requests", OPS).status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/hikaricp.connections" })
	void refusesMetricsWithoutTheManagementAccountWithAProblem(String path) {
		for (String credentials : new String[] { null, Api.EDITOR, Api.basic("ops", "wrong") }) {
			Api.Response refused = get(path, credentials);

			assertThat(refused.status()).as(path + " with " + credentials).isEqualTo(401);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.<String>json("$.detail")).contains("management account");
			assertThat(refused.body()).doesNotContain("hikaricp_connections", "http_server_requests");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/info" })
	void keepsHealthAndInfoPublicForProbes(String path) {
		assertThat(get(path, null).status()).isEqualTo(200);
	}

	@Test
	void letsTheManagementAccountWriteNothing() {
		Api.Response write = this.api.write("POST", "/api/v1/sources", "{\"publisher\": \"Ops\"}", OPS, null);

		assertThat(write.status()).isEqualTo(401);
	}

	private Api.Response get(String path, String credentials) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.api.uri(path)).GET();
		if (credentials != null) {
			request.header("Authorization", credentials);
		}
		return this.api.send(request.build());
	}

}
