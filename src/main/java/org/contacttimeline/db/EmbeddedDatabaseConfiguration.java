package org.contacttimeline.db;

import java.io.IOException;


import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 18 inside the application when no {@code spring.datasource.url} is given, so that
 * {@code mvn spring-boot:run} needs nothing but a JDK. Its data folder persists across restarts by default, and its
 * server is supervised: started again when it dies (see {@link EmbeddedDatabase}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, ApplicationEventPublisher events)
			throws IOException {
		return EmbeddedDatabase.start(properties, EmbeddedDatabase.settings(), events);
	}

	/** The server as first started (stopped with {@link EmbeddedDatabase}, whichever start made the running one). */
	@Bean(destroyMethod = "")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabase database) {
		return database.first();
	}

	@Bean
	MeterBinder embeddedDatabaseMetrics(EmbeddedDatabase database) {
		return (registry) -> {
			FunctionCounter.builder("timeline.embedded.db.restarts", database, EmbeddedDatabase::restarts)
				.description("How often the supervisor started the embedded PostgreSQL server again after it died")
				.register(registry);
			Gauge.builder("timeline.embedded.db.recovery", database, EmbeddedDatabase::lastRecoveryMillis)
				.description("How long the last restart took, from the server's death to accepting connections (ms, -1: none)")
				.baseUnit("milliseconds")
				.register(registry);
		};
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabase database) {
		// the port stays the same across restarts of a supervised server, so the pool finds it again by itself
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(database.first().getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.build();
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
