package org.contacttimeline.replica;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private final TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource();

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
			if (!route.onReplica() || !lostConnection(ex)) {
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

	/** Whether a failure comes from a connection to a server that is gone, rather than from the statement. */
	static boolean lostConnection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SocketException
					|| cause instanceof EOFException) {
				return true;
			}
			// 08: connection exception; 57P01-57P03: the server shut down or is starting
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

}
