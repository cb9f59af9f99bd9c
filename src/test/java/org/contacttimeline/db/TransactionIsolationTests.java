package org.contacttimeline.db;

import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models declare only {@code readOnly} and rely on the pool's REPEATABLE READ for one snapshot per page
 * (asking for it per request costs three round trips); the editors ask for READ COMMITTED, so that one who waited for
 * a row lock reads the row as the other left it instead of failing to serialize.
 */
@ApiTest
class TransactionIsolationTests {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReadOnlyTransactionReadsOneSnapshotAndAWriteReadsCommittedRows() {
		TransactionTemplate read = new TransactionTemplate(this.transactions);
		read.setReadOnly(true);
		TransactionTemplate write = new TransactionTemplate(this.transactions);
		write.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);

		String reading = read.execute((status) -> isolation());
		String writing = write.execute((status) -> isolation());
		String readingAgain = read.execute((status) -> isolation());

		assertThat(reading).isEqualTo("repeatable read");
		assertThat(writing).isEqualTo("read committed");
		assertThat(readingAgain).isEqualTo("repeatable read");
	}

	private String isolation() {
		return this.jdbc.sql("show transaction_isolation").query(String.class).single();
	}

}
