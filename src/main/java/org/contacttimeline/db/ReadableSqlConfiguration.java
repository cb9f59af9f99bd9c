package org.contacttimeline.db;

import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.StatementType;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ writes the SQL of the read side as a person would: lower-case keywords, names unquoted (they are all
 * lower-case), so that the statements in PostgreSQL's log and in the benchmark's captures read like the rest.
 * <p>
 * It also writes the values in (jOOQ escapes them as literals): every filter statement is planned for the values it
 * asks, since PostgreSQL never reuses a plan across different statement texts. A prepared statement's generic plan,
 * which PostgreSQL may switch to after five runs, assumes average values and walked a million meetings for a rare
 * word; forcing custom plans on the whole session instead (plan_cache_mode) also re-planned every fixed-shape
 * statement (a page's participants and citations, key lookups) on every request, 3 to 5 ms a page at a million
 * meetings (benchmark findings). Those keep their prepared, generic plans.
 */
@Configuration(proxyBeanMethods = false)
class ReadableSqlConfiguration {

	@Bean
	DefaultConfigurationCustomizer readableSql() {
		return (configuration) -> configuration.settings()
			.withRenderQuotedNames(RenderQuotedNames.NEVER)
			.withRenderKeywordCase(RenderKeywordCase.LOWER)
			.withRenderFormatted(false)
			.withStatementType(StatementType.STATIC_STATEMENT)
			.withExecuteLogging(false);
	}

}
