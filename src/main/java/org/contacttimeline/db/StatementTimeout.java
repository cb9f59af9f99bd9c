package org.contacttimeline.db;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every pooled session carries {@code statement_timeout} ({@code timeline.limits.statement-timeout}, set by the
 * pool's init SQL), so that no request holds a connection longer than that. Migrations are not requests: Flyway
 * gets connections of its own, outside the pool, where an index built over a million meetings may take its time.
 */
@Configuration(proxyBeanMethods = false)
class StatementTimeout {

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutStatementTimeout() {
		return (configuration) -> {
			if (configuration.getDataSource() instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
				configuration.dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
			}
		};
	}

}
