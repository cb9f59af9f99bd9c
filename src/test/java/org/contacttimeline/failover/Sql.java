package org.contacttimeline.failover;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Statements on one server of the test's cluster, as its superuser. */
final class Sql {

	private Sql() {
	}

	/** Runs a query on a server and returns the first column of its first row. */
	static String query(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	/** Runs a statement on a server. */
	static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** Runs a query on a server and returns the first column of every row. */
	static List<String> column(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (result.next()) {
				values.add(result.getString(1));
			}
			return values;
		}
	}

}
