package org.contacttimeline.db;

import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderQuotedNames;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ writes the SQL of the read side as a person would: lower-case keywords, names unquoted (they are all
 * lower-case), so that the statements in PostgreSQL's log and in the benchmark's captures read like the rest.
 */
@Configuration(proxyBeanMethods = false)
class ReadableSqlConfiguration {

	@Bean
	DefaultConfigurationCustomizer readableSql() {
		return (configuration) -> configuration.settings()
			.withRenderQuotedNames(RenderQuotedNames.NEVER)
			.withRenderKeywordCase(RenderKeywordCase.LOWER)
			.withRenderFormatted(false)
			.withExecuteLogging(false);
	}

}
