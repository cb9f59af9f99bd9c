package org.contacttimeline.revision;

import java.net.http.HttpRequest;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.junit.jupiter.api.Test;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.Bodies;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.StatementCounter;
import org.contacttimeline.source.Source;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The change feed shows each change's state as it was kept when the change was written (or at start-up): a page
 * costs the same few statements however many changes it holds, shows what the history shows, and a write that rolls
 * back keeps nothing.
 */
@ApiTest
@RestoresSeed
class ChangeStateTests {

	@Autowired
	Api api;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	KeepStatesAtStart atStart;

	@Autowired
	ChangeRows changes;

	@Test
	void readsAPageOfThirtyChangesInAsFewStatementsAsAPageOfOne() {
		long forOne = fresh("/api/v1/changes?limit=1");
		long forThirty = fresh("/api/v1/changes?limit=30");

		// the data version, and the page
		assertThat(forThirty).isEqualTo(forOne).isLessThanOrEqualTo(2);
	}

	@Test
	void showsTheKeptStateAsTheHistoryShowsIt() {
		Api.Response created = this.api.write("POST", "/api/v1/meetings",
				Bodies.meetingCitingTheSeed("kept-state-summit", "Kept title"), Api.EDITOR, null);
		long revision = this.jdbc.sql("select max(id) from revision").query(Long.class).single();
		String url = "/api/v1/changes?since=" + (revision - 1);
		String kept = fresh(url, this.api).body();

		this.jdbc.sql("delete from change_state where rev = ?").param(revision).update();
		String read = fresh(url, this.api).body();

		assertThat(created.status()).isEqualTo(201);
		assertThat(kept).contains("\"title\":\"Kept title\"").contains("kim-jong-un").isEqualTo(read);
	}

	@Test
	void keepsTheStateOfACommittedWriteInItsTransactionAndNoneOfOneThatRollsBack() {
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		long before = this.jdbc.sql("select max(id) from revision").query(Long.class).single();

		assertThatThrownBy(() -> transactions.executeWithoutResult((status) -> {
			this.entityManager.persist(new Source("rolled-back-source", "Rolled Back Wire"));
			this.entityManager.flush();
			// fails after Envers wrote the revision and its states were kept, as a failing commit would
			this.entityManager.unwrap(SessionImplementor.class)
				.getTransactionCompletionCallbacks()
				.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) (session) -> {
					throw new IllegalStateException("the commit fails");
				});
		})).hasStackTraceContaining("the commit fails");
		transactions.executeWithoutResult((status) -> this.entityManager.persist(new Source("committed-source", "Committed Wire")));

		assertThat(this.jdbc.sql("select type || ' ' || (state ->> 'publisher') from change_state where rev > ?")
			.param(before)
			.query(String.class)
			.list()).containsExactly("source Committed Wire");
		assertThat(this.api.get("/api/v1/changes?since=" + before).<java.util.List<String>>json("$.items[*].slug"))
			.containsExactly("committed-source");
	}

	@Test
	void keepsAtStartTheStatesNotKeptFromTheFirstOfThem() {
		this.api.write("POST", "/api/v1/meetings", Bodies.meetingCitingTheSeed("unkept-state-summit", "Unkept title"),
				Api.EDITOR, null);
		long revision = this.jdbc.sql("select max(id) from revision").query(Long.class).single();
		// as history written before states were kept, or without the API
		this.jdbc.sql("delete from change_state where rev = ?").param(revision).update();
		assertThat(this.changes.firstMissing()).hasValueSatisfying((first) -> assertThat(first).isLessThanOrEqualTo(revision));

		this.atStart.keep();

		assertThat(this.changes.firstMissing()).isEmpty();
		assertThat(this.jdbc.sql("select state ->> 'title' from change_state where rev = ?").param(revision)
			.query(String.class).list()).containsExactly("Unkept title");
	}

	/** The statements of a read answered afresh, as its first request at this version would be. */
	private long fresh(String url) {
		this.api.get(url);
		this.statements.reset();
		assertThat(fresh(url, this.api).status()).isEqualTo(200);
		return this.statements.count();
	}

	private static Api.Response fresh(String url, Api api) {
		return api.send(HttpRequest.newBuilder(api.uri(url))
			.header("Accept", "application/json")
			.header("Cache-Control", "no-cache")
			.build());
	}

}
