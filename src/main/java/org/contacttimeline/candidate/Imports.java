package org.contacttimeline.candidate;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The imports made so far, as stored: by id, or by file and country filter. */
@Component
class Imports {

	private static final String COLUMNS = "select id, file_name, format, countries, sha256, editor, started_at, finished_at, "
			+ "report::text from candidate_import ";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Imports(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<ImportResponse> find(long id) {
		return this.jdbc.sql(COLUMNS + "where id = ?").param(id).query((rs, n) -> read(rs, false)).optional();
	}

	/** The import of a file (by its hash) with a country filter, as a file sent again is answered. */
	Optional<ImportResponse> find(String sha256, String countries) {
		return this.jdbc.sql(COLUMNS + "where sha256 = ? and countries = ?")
			.params(sha256, countries)
			.query((rs, n) -> read(rs, true))
			.optional();
	}

	/** The country filter as stored: alpha-2 codes in order, joined by commas. */
	static String key(List<String> countries) {
		return String.join(",", countries.stream().sorted().distinct().toList());
	}

	private ImportResponse read(java.sql.ResultSet rs, boolean again) throws java.sql.SQLException {
		return new ImportResponse(rs.getLong(1), rs.getString(2), rs.getString(3),
				Arrays.asList(rs.getString(4).split(",")), rs.getString(5), rs.getString(6),
				rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class), again,
				this.json.readValue(rs.getString(9), ImportReport.class));
	}

}
