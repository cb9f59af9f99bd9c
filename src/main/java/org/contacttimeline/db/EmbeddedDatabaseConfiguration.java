package org.contacttimeline.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 18 inside the application when no {@code spring.datasource.url} is given, so that
 * {@code mvn spring-boot:run} needs nothing but a JDK. Its data folder persists across restarts by default.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = properties.dataDir().toAbsolutePath();
		Files.createDirectories(dataDir);
		if (!properties.ephemeral()) {
			OrphanedServer.stopIfRunning(dataDir);
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(properties.ephemeral())
			.setPort(properties.port())
			// stopped by the context, after the web server has finished the requests in flight (graceful shutdown),
			// not by a JVM hook of its own that would race them
			.setRegisterShutdownHook(false)
			// UTF-8 with Unicode character classes, whatever the machine's LANG: text search finds Hangul and Cyrillic
			// through its trigram index only where the database knows them for letters
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			// its files are local and mostly in memory: a random read costs about what a sequential one does (the
			// usual setting for SSDs), so the planner looks up a page's 250 participants' officials by key instead of
			// reading all 50,000 officials (23 ms against 2 ms at a million meetings)
			.setServerConfig("random_page_cost", "1.1")
			.start();
		log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), dataDir);
		return postgres;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(postgres.getJdbcUrl("postgres", "postgres"))
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
