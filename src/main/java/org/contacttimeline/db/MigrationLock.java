package org.contacttimeline.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * One instance migrates at a time. Several instances started together on an empty database (a deployment of two,
 * the compose file's scale profile) otherwise race: Flyway's own locking did not keep a second instance from running
 * V1 again just after the first had committed it ("relation country already exists"), and that instance failed to
 * start. A session advisory lock held around the whole migration makes the others wait, then find nothing to do.
 */
@Configuration(proxyBeanMethods = false)
class MigrationLock {

	private static final String KEY = "hashtext('contact-timeline: migrations')";

	@Bean
	FlywayMigrationStrategy oneInstanceMigratesAtATime(DataSource dataSource) {
		return (flyway) -> {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				// waiting for another instance's migration is not a statement to cut short: it takes as long as the
				// migration does (the pool's sessions otherwise stop any statement after timeline.limits.statement-timeout)
				String timeout = value(statement, "show statement_timeout");
				statement.execute("set statement_timeout = 0");
				statement.execute("select pg_advisory_lock(" + KEY + ")");
				statement.execute("set statement_timeout = '" + timeout + "'");
				try {
					flyway.migrate();
				}
				finally {
					statement.execute("select pg_advisory_unlock(" + KEY + ")");
				}
			}
			catch (SQLException ex) {
				throw new DataAccessResourceFailureException("Could not take the migration lock: " + ex.getMessage(), ex);
			}
		};
	}

	private static String value(Statement statement, String sql) throws SQLException {
		try (java.sql.ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
