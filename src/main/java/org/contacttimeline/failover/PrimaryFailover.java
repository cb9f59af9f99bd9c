package org.contacttimeline.failover;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.ErrorResponseException;

/**
 * Runs a whole transaction again when it lost the primary, until a primary answers or
 * {@code timeline.failover.wait-for-primary} has passed; then the request gets a 503 problem with {@code Retry-After}.
 * Only outermost transactions are run again, from their start:
 * <ul>
 * <li>a read-only one changed nothing;</li>
 * <li>a write (a transaction returning a slug or nothing, as the editors' do) is opened here, takes its
 * {@link WriteToken} in {@code write_outcome} as its first statement and records its result as its last. A write that
 * failed before its COMMIT was sent did not commit; one whose COMMIT went unanswered may have. Either way the next
 * attempt claims the token first: on a primary that has the earlier attempt's row, the write was made, and its
 * recorded result is returned instead of making it again. If no attempt can tell within the wait, the request is
 * answered 503 saying that the outcome is unknown.</li>
 * </ul>
 */
final class PrimaryFailover implements MethodInterceptor {

	private static final Logger log = LoggerFactory.getLogger(PrimaryFailover.class);

	private static final Duration FIRST_PAUSE = Duration.ofMillis(100);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(1);

	/** As Spring's own transaction advice reads them: the editors' methods are package-private. */
	private final TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource(false);

	private final ObjectProvider<PlatformTransactionManager> transactionManager;

	private final ObjectProvider<WriteOutcomes> outcomes;

	private final Duration wait;

	private final Duration retryAfter;

	PrimaryFailover(ObjectProvider<PlatformTransactionManager> transactionManager, ObjectProvider<WriteOutcomes> outcomes,
			Duration wait, Duration retryAfter) {
		this.transactionManager = transactionManager;
		this.outcomes = outcomes;
		this.wait = wait;
		this.retryAfter = retryAfter;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				|| !(invocation instanceof ProxyMethodInvocation proxied)) {
			return invocation.proceed();
		}
		TransactionAttribute attribute = attribute(invocation);
		if (attribute == null) {
			return invocation.proceed();
		}
		if (attribute.isReadOnly()) {
			return again(proxied, null);
		}
		Class<?> returned = invocation.getMethod().getReturnType();
		if (attribute.getPropagationBehavior() != TransactionDefinition.PROPAGATION_REQUIRED
				|| (returned != void.class && returned != String.class)) {
			return invocation.proceed();
		}
		return again(proxied, new Write(WriteToken.of(invocation.getMethod()), attribute));
	}

	/** Runs the invocation until it does not lose the primary, or the wait is over. */
	private Object again(ProxyMethodInvocation invocation, Write write) throws Throwable {
		long deadline = System.nanoTime() + this.wait.toNanos();
		MethodInvocation fresh = invocation.invocableClone();
		Duration pause = FIRST_PAUSE;
		for (MethodInvocation attempt = invocation;; attempt = ((ProxyMethodInvocation) fresh).invocableClone()) {
			try {
				return (write != null) ? write.once(attempt) : attempt.proceed();
			}
			catch (RuntimeException ex) {
				if (!LostPrimary.test(ex)) {
					throw ex;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw (write != null && write.inDoubt) ? unknownOutcome(ex) : unreachable(ex);
				}
				if (pause == FIRST_PAUSE) {
					log.info("{} lost the primary ({}); running it again for at most {} ms", invocation.getMethod().getName(),
							NestedExceptionUtils.getMostSpecificCause(ex).getMessage(), Duration.ofNanos(left).toMillis());
				}
				Thread.sleep(Math.min(pause.toMillis(), Duration.ofNanos(left).toMillis() + 1));
				pause = (pause.multipliedBy(2).compareTo(LONGEST_PAUSE) < 0) ? pause.multipliedBy(2) : LONGEST_PAUSE;
			}
		}
	}

	private TransactionAttribute attribute(MethodInvocation invocation) {
		Class<?> target = (invocation.getThis() != null) ? AopUtils.getTargetClass(invocation.getThis())
				: invocation.getMethod().getDeclaringClass();
		return this.transactions.getTransactionAttribute(invocation.getMethod(), target);
	}

	private DataAccessResourceFailureException unreachable(RuntimeException ex) {
		return new DataAccessResourceFailureException("No primary answered within " + this.wait.toMillis() + " ms", ex);
	}

	private ErrorResponseException unknownOutcome(RuntimeException ex) {
		log.warn("A write lost the primary while committing and no primary answered within {} ms: its outcome is unknown",
				this.wait.toMillis());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database changed its primary server while saving this change, and whether it was saved is not known "
						+ "yet. Send the request again with the same " + WriteToken.HEADER + " header to have it made at "
						+ "most once, or read the resource before sending it again.");
		ErrorResponseException unavailable = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, ex);
		unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, this.retryAfter.toSeconds())));
		return unavailable;
	}

	/** One write and its attempts. */
	private final class Write {

		private final WriteToken token;

		private final TransactionAttribute attribute;

		/** Whether an attempt's COMMIT went unanswered and no later attempt has yet found that it did not commit. */
		private boolean inDoubt;

		Write(WriteToken token, TransactionAttribute attribute) {
			this.token = token;
			this.attribute = attribute;
		}

		/** One attempt, in a transaction of its own that the method's own {@code @Transactional} joins. */
		Object once(MethodInvocation invocation) throws Throwable {
			PlatformTransactionManager transactions = PrimaryFailover.this.transactionManager.getObject();
			WriteOutcomes outcomes = PrimaryFailover.this.outcomes.getObject();
			TransactionStatus status = transactions.getTransaction(this.attribute);
			Object result;
			try {
				Optional<WriteOutcomes.Outcome> made = claim(outcomes);
				if (made.isPresent()) {
					transactions.rollback(status);
					return earlier(made.get(), invocation.getMethod());
				}
				// claimed: no attempt before this one committed, nor can it any more
				this.inDoubt = false;
				result = invocation.proceed();
				outcomes.complete(this.token.token(), (String) result);
			}
			catch (Throwable ex) {
				end(transactions, status, ex);
				throw ex;
			}
			try {
				transactions.commit(status);
			}
			catch (RuntimeException ex) {
				this.inDoubt = LostPrimary.test(ex);
				throw ex;
			}
			return result;
		}

		private Optional<WriteOutcomes.Outcome> claim(WriteOutcomes outcomes) {
			try {
				return outcomes.claim(this.token.token(), this.token.request());
			}
			catch (RuntimeException ex) {
				// waited past the statement timeout for an earlier attempt still open on this server (its COMMIT
				// waiting for a standby): that one may yet commit
				if (this.inDoubt && !LostPrimary.test(ex)) {
					throw unknownOutcome(ex);
				}
				throw ex;
			}
		}

		/** The answer of the attempt, or of the earlier request with the same key, that committed. */
		private Object earlier(WriteOutcomes.Outcome made, Method method) {
			if (this.token.request() != null && !this.token.request().equals(made.request())) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "This "
						+ WriteToken.HEADER + " was sent before with another request (" + made.request() + "); a key "
						+ "names one request: send a new key with each new change.");
				throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
			}
			log.info("{} was made before (a failover, or a request sent again with its {}); answering with its outcome",
					method.getName(), WriteToken.HEADER);
			return made.result();
		}

		/** Ends the transaction after {@code failure} as {@code @Transactional} would: rolled back unless it says not. */
		private void end(PlatformTransactionManager transactions, TransactionStatus status, Throwable failure) {
			if (status.isCompleted()) {
				return;
			}
			try {
				if (this.attribute.rollbackOn(failure)) {
					transactions.rollback(status);
				}
				else {
					transactions.commit(status);
				}
			}
			catch (RuntimeException ex) {
				// a connection that is gone cannot roll back; the server has dropped the transaction already
				log.debug("Could not end the transaction after {}: {}", failure.getMessage(), ex.getMessage());
			}
		}

	}

}
