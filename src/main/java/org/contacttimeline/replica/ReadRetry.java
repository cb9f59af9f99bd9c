package org.contacttimeline.replica;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.contacttimeline.db.DatabaseFailures;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A public read whose replica went away under it (stopped, crashed, cut off: the connection it held or had just
 * taken from the pool is dead) is read again on the primary rather than answered with an error. Only whole read-only
 * transactions are repeated, from their start: they changed nothing, so repeating them is safe.
 */
final class ReadRetry implements MethodInterceptor {

	private static final Logger log = LoggerFactory.getLogger(ReadRetry.class);

	// false: package-private methods are transactional too (as Spring's own interceptor sees them), and read again
	private final TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource(false);

	private final ObjectProvider<Replica> replica;

	ReadRetry(ObjectProvider<Replica> replica) {
		this.replica = replica;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		ReadRoute route = ReadRoute.current();
		// only the outermost read-only transaction can be repeated: an inner one shares its connection
		if (route == null || TransactionSynchronizationManager.isActualTransactionActive() || !readOnly(invocation)
				|| !(invocation instanceof ProxyMethodInvocation proxied)) {
			return invocation.proceed();
		}
		MethodInvocation again = proxied.invocableClone();
		try {
			return invocation.proceed();
		}
		catch (RuntimeException ex) {
			if (!route.onReplica() || !DatabaseFailures.lostConnection(ex)) {
				throw ex;
			}
			this.replica.getObject().failed(Replica.State.DOWN, ex);
			route.toPrimary();
			log.info("The replica was lost during {}; reading it again on the primary", invocation.getMethod().getName());
			return again.proceed();
		}
	}

	private boolean readOnly(MethodInvocation invocation) {
		Class<?> target = (invocation.getThis() != null) ? AopUtils.getTargetClass(invocation.getThis())
				: invocation.getMethod().getDeclaringClass();
		TransactionAttribute transaction = this.transactions.getTransactionAttribute(invocation.getMethod(), target);
		return transaction != null && transaction.isReadOnly();
	}

}
