package org.contacttimeline.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code timeline_database_up} for Prometheus: 1 while the database answers, 0 while it does not (read when scraped,
 * with a 1 s validity check on a pooled connection). The pool's own figures ({@code hikaricp_*}) and the requests'
 * ({@code http_server_requests_*}) come with Spring Boot.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseMetrics {

	@Bean
	MeterBinder databaseUp(DataSource dataSource) {
		return (registry) -> Gauge.builder("timeline.database.up", dataSource, DatabaseMetrics::up)
			.description("1 while the database answers, 0 while it does not")
			.register(registry);
	}

	private static double up(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(1) ? 1 : 0;
		}
		catch (SQLException ex) {
			return 0;
		}
	}

}
