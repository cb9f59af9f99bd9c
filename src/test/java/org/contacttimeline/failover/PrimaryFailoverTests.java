package org.contacttimeline.failover;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link PrimaryFailover} does when the primary goes away at each step of a write, on the real embedded
 * PostgreSQL: the transaction manager is the application's, wrapped to lose the primary where a failover would (no
 * primary to begin on, the connection lost before the COMMIT, the COMMIT done but its answer lost). A write is made
 * once whatever is lost, and its caller gets what the write returned, or a 503 when that cannot be known.
 */
@ApiTest
class PrimaryFailoverTests {

	private static final Duration WAIT = Duration.ofMillis(600);

	@Autowired
	private PlatformTransactionManager applicationTransactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	private Flaky transactions;

	private Probe probe;

	/** How often the write's method body ran (the proxy's own fields are not the target's). */
	private AtomicInteger runs;

	@BeforeEach
	void proxy() {
		this.jdbc.execute("create table if not exists failover_probe (id bigint generated always as identity, name text)");
		this.transactions = new Flaky(this.applicationTransactions);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("transactionManager", this.transactions);
		beans.addBean("writeOutcomes", new WriteOutcomes(this.jdbc, this.entityManager));
		// as in the application: the failover's advice outside the transaction's
		Probe target = new Probe(this.jdbc);
		this.runs = target.runs;
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		factory.addAdvisor(new DefaultPointcutAdvisor(new PrimaryFailover(beans.getBeanProvider(PlatformTransactionManager.class),
				beans.getBeanProvider(WriteOutcomes.class), WAIT, Duration.ofSeconds(5))));
		factory.addAdvice(new TransactionInterceptor(this.transactions, new AnnotationTransactionAttributeSource(false)));
		this.probe = (Probe) factory.getProxy();
	}

	@AfterEach
	void clean() {
		RequestContextHolder.resetRequestAttributes();
		// the suite's database is shared: the backup tests compare its tables with the migrations'
		this.jdbc.execute("drop table failover_probe");
		this.jdbc.update("delete from write_outcome where result like 'probe %'");
	}

	@Test
	void aWriteThatFoundNoPrimaryIsMadeOnceOneAnswers() {
		this.transactions.faults.add(Fault.NO_PRIMARY);
		this.transactions.faults.add(Fault.NO_PRIMARY);

		String result = this.probe.insert("no primary");

		assertThat(result).isEqualTo("probe 1");
		assertThat(rows("no primary")).isEqualTo(1);
	}

	@Test
	void aWriteThatLostThePrimaryBeforeItsCommitIsMadeAgain() {
		this.transactions.faults.add(Fault.LOST_BEFORE_COMMIT);

		String result = this.probe.insert("lost before commit");

		assertThat(this.runs.get()).as("the write ran again").isEqualTo(2);
		assertThat(result).isEqualTo("probe 2");
		assertThat(rows("lost before commit")).isEqualTo(1);
	}

	@Test
	void aWriteWhoseCommitWentUnansweredIsAnsweredWithWhatItReturnedAndNotMadeAgain() {
		this.transactions.faults.add(Fault.LOST_AFTER_COMMIT);

		String result = this.probe.insert("lost after commit");

		assertThat(this.runs.get()).as("the write ran once").isEqualTo(1);
		assertThat(result).isEqualTo("probe 1");
		assertThat(rows("lost after commit")).isEqualTo(1);
	}

	@Test
	void aWriteIsAnswered503WhenNoPrimaryAnswersWithinTheWait() {
		this.transactions.down = true;

		long started = System.nanoTime();
		assertThatThrownBy(() -> this.probe.insert("never")).isInstanceOf(DataAccessResourceFailureException.class)
			.hasMessageContaining("No primary answered within 600 ms");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(WAIT, WAIT.plusSeconds(5));
		assertThat(this.runs.get()).isZero();
	}

	@Test
	void aWriteWhoseCommitWentUnansweredIsAnswered503SayingSoWhenNoPrimaryAnswersAfterwards() {
		this.transactions.faults.add(Fault.LOST_AFTER_COMMIT);
		this.transactions.downAfterFaults = true;

		assertThatThrownBy(() -> this.probe.insert("unknown")).isInstanceOfSatisfying(ErrorResponseException.class,
				(unavailable) -> {
					assertThat(unavailable.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
					assertThat(unavailable.getHeaders().getFirst("Retry-After")).isEqualTo("5");
					assertThat(unavailable.getBody().getDetail()).contains("whether it was saved is not known",
							"Idempotency-Key");
				});
	}

	@Test
	void aRequestSentAgainWithItsIdempotencyKeyGetsTheFirstAnswerWithoutASecondWrite() {
		request("POST", "/api/v1/probes", "key-1");
		String first = this.probe.insert("sent twice");

		request("POST", "/api/v1/probes", "key-1");
		String again = this.probe.insert("sent twice");
		request("POST", "/api/v1/other-probes", "key-1");

		assertThat(again).isEqualTo(first);
		assertThat(this.runs.get()).isEqualTo(1);
		assertThat(rows("sent twice")).isEqualTo(1);
		assertThatThrownBy(() -> this.probe.insert("sent twice")).isInstanceOfSatisfying(ErrorResponseException.class,
				(refused) -> assertThat(refused.getBody().getDetail()).contains("POST /api/v1/probes"));
	}

	@Test
	void aReadThatFoundNoPrimaryIsReadAgain() {
		this.probe.insert("read");
		this.transactions.faults.add(Fault.NO_PRIMARY);

		assertThat(this.probe.count("read")).isEqualTo(1);
	}

	private void request(String method, String path, String key) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Idempotency-Key", key);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private int rows(String name) {
		return this.jdbc.queryForObject("select count(*) from failover_probe where name = ?", Integer.class, name);
	}

	/** A write and a read in transactions of their own, as the editors and queries have them. */
	static class Probe {

		final AtomicInteger runs = new AtomicInteger();

		private final JdbcTemplate jdbc;

		Probe(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Transactional(isolation = Isolation.READ_COMMITTED)
		String insert(String name) {
			int run = this.runs.incrementAndGet();
			this.jdbc.update("insert into failover_probe (name) values (?)", name);
			return "probe " + run;
		}

		@Transactional(readOnly = true)
		long count(String name) {
			return this.jdbc.queryForObject("select count(*) from failover_probe where name = ?", Long.class, name);
		}

	}

	enum Fault {

		/** No connection to begin on: nothing was sent. */
		NO_PRIMARY,

		/** The connection breaks before the COMMIT is sent: the server rolls the transaction back. */
		LOST_BEFORE_COMMIT,

		/** The COMMIT is done, and its answer lost with the connection. */
		LOST_AFTER_COMMIT

	}

	/** The application's transactions, losing the primary as the test asks, one fault per new transaction. */
	static final class Flaky implements PlatformTransactionManager {

		final Deque<Fault> faults = new ArrayDeque<>();

		volatile boolean down;

		volatile boolean downAfterFaults;

		private final PlatformTransactionManager real;

		Flaky(PlatformTransactionManager real) {
			this.real = real;
		}

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			boolean outermost = !TransactionSynchronizationManager.isActualTransactionActive();
			if (outermost && (this.down || this.faults.peek() == Fault.NO_PRIMARY)) {
				this.faults.poll();
				throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
						new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
			}
			return this.real.getTransaction(definition);
		}

		@Override
		public void commit(TransactionStatus status) {
			Fault fault = (status.isNewTransaction() && !status.isRollbackOnly()) ? this.faults.poll() : null;
			if (fault == Fault.LOST_BEFORE_COMMIT) {
				this.real.rollback(status);
			}
			else {
				this.real.commit(status);
			}
			if (fault != null) {
				this.down = this.downAfterFaults && this.faults.isEmpty();
				throw new TransactionSystemException("Could not commit JPA transaction",
						new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE));
			}
		}

		@Override
		public void rollback(TransactionStatus status) {
			this.real.rollback(status);
		}

	}

}
