package org.contacttimeline.candidate;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.contacttimeline.ApiTest;
import org.contacttimeline.db.Deadline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contacttimeline.candidate.CandidateFixtures.EXPORT;

/**
 * The grouping of an import's events is bounded like a statement: one that runs past its deadline stops, and the
 * import, one transaction, leaves nothing behind.
 */
@ApiTest
class GroupingDeadlineTests {

	@Autowired
	CandidateImporter importer;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void withoutImports() {
		CandidateFixtures.clear(this.jdbc);
	}

	@Test
	void stopsAGroupingPastItsDeadlineAndImportsNothing() {
		byte[] file = CandidateFixtures.fixture(EXPORT);

		assertThatThrownBy(() -> this.importer.run(new ByteArrayInputStream(file), EXPORT, List.of("KP", "RU"), "editor",
				(progress) -> { }, () -> Deadline.after(Duration.ZERO)))
			.isInstanceOf(Deadline.Passed.class);

		assertThat(CandidateFixtures.counts(this.jdbc)).isEqualTo(Map.of("imports", 0L, "groups", 0L, "candidates", 0L));
	}

	@Test
	void groupsWithinTheTimeOfOneStatement() {
		byte[] file = CandidateFixtures.fixture(EXPORT);

		ImportResponse imported = this.importer.run(new ByteArrayInputStream(file), EXPORT, List.of("KP", "RU"), "editor",
				(progress) -> { }, () -> Deadline.after(Duration.ofSeconds(5)));

		assertThat(imported.report().groups().created()).isPositive();
	}

}
