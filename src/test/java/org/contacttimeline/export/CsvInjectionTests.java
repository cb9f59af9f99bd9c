package org.contacttimeline.export;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that a spreadsheet would run as a formula leaves the CSV export as text (OWASP "CSV Injection"); the JSON
 * keeps it as written.
 */
@ApiTest
@RestoresSeed
class CsvInjectionTests {

	private static final String SLUG = "formula-meeting";

	@Autowired
	Api api;

	@Test
	void csvCellsThatBeginLikeAFormulaAreQuotedAndJsonKeepsThemAsWritten() throws Exception {
		String created = """
				{"slug": "%s", "title": "=HYPERLINK(\\"http://example.org/x\\",\\"click\\")", "startDate": "2033-05-01",
				 "kind": "040", "location": {"city": "+Vladivostok", "venue": "\\tTabbed hall", "country": "RU"},
				 "participants": [{"official": "kim-jong-un", "role": "leader"}, {"official": "vladimir-putin", "role": "president"}],
				 "summary": "-2+3 as a sum", "topics": ["@SUM(A1:A9)", "trade"], "notes": "\\rcarriage",
				 "sources": [{"publisher": "=cmd|' /C calc'!A0", "quote": "A quote"}]}""".formatted(SLUG);
		assertThat(this.api.write("POST", "/api/v1/meetings", created, Api.EDITOR, null).status()).isEqualTo(201);

		Api.Response csv = this.api.get("/api/v1/meetings?format=csv&from=2033-05-01&to=2033-05-01");
		Api.Response json = this.api.get("/api/v1/meetings/" + SLUG);

		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.body())).getRecords();
		assertThat(rows).hasSize(1);
		CSVRecord row = rows.get(0);
		assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://example.org/x\",\"click\")");
		assertThat(row.get("city")).isEqualTo("'+Vladivostok");
		assertThat(row.get("venue")).isEqualTo("'\tTabbed hall");
		assertThat(row.get("summary")).isEqualTo("'-2+3 as a sum");
		assertThat(row.get("topics")).isEqualTo("'@SUM(A1:A9); trade");
		assertThat(row.get("notes")).isEqualTo("'\rcarriage");
		assertThat(row.get("sources")).isEqualTo("'=cmd|' /C calc'!A0: \"A quote\"");
		// typed cells stay as they are, and text that does not begin like a formula is untouched
		assertThat(row.get("slug")).isEqualTo(SLUG);
		assertThat(row.get("start_date")).isEqualTo("2033-05-01");
		assertThat(row.get("participants")).isEqualTo("Kim Jong-un (KP, leader); Vladimir Putin (RU, president)");
		assertThat(json.<String>json("$.title")).isEqualTo("=HYPERLINK(\"http://example.org/x\",\"click\")");
		assertThat(json.<String>json("$.summary")).isEqualTo("-2+3 as a sum");
		assertThat(json.<List<String>>json("$.topics")).containsExactly("@SUM(A1:A9)", "trade");
		assertThat(json.<String>json("$.sources[0].publisher")).isEqualTo("=cmd|' /C calc'!A0");
	}

}
