package org.contacttimeline.db;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTests {

	@TempDir
	Path folder;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfiguration.class);
	}

	@Test
	void keepsWhatWasWrittenAcrossARestartInTheSameDataFolder() {
		String dataDir = "timeline.embedded-db.data-dir=" + this.folder.resolve("pgdata");

		runner().withPropertyValues(dataDir).run((context) -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			jdbc.execute("create table note (text text)");
			jdbc.update("insert into note values ('acknowledged before the restart')");
		});
		runner().withPropertyValues(dataDir).run((context) -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));

			assertThat(jdbc.queryForObject("select text from note", String.class))
				.isEqualTo("acknowledged before the restart");
		});
		assertThat(Files.exists(this.folder.resolve("pgdata").resolve("PG_VERSION"))).isTrue();
	}

	@Test
	void startsAFreshDatabaseEachTimeWhenEphemeral() {
		String[] properties = { "timeline.embedded-db.data-dir=" + this.folder.resolve("throwaway"),
				"timeline.embedded-db.ephemeral=true" };

		runner().withPropertyValues(properties)
			.run((context) -> new JdbcTemplate(context.getBean(DataSource.class)).execute("create table note (text text)"));
		runner().withPropertyValues(properties).run((context) -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));

			assertThat(jdbc.queryForObject("select count(*) from pg_tables where tablename = 'note'", Integer.class))
				.isZero();
		});
	}

	@Test
	void startsNothingWhenAnExternalDatasourceIsConfigured() {
		runner().withPropertyValues("spring.datasource.url=jdbc:postgresql://db.invalid:5432/timeline",
				"timeline.embedded-db.data-dir=" + this.folder.resolve("unused"))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
				assertThat(context).doesNotHaveBean(DataSource.class);
			});
		assertThat(this.folder.resolve("unused")).doesNotExist();
	}

}
