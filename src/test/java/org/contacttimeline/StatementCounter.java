package org.contacttimeline;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application runs, whatever thread runs them, so that a test can show what one
 * request costs.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private final SingleQueryCountHolder counts = new SingleQueryCountHolder();

	private final AtomicLong transactionEnds = new AtomicLong();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery(this.counts)
				.afterMethod((execution) -> {
					String method = execution.getMethod().getName();
					if (method.equals("commit") || method.equals("rollback")) {
						this.transactionEnds.incrementAndGet();
					}
				})
				.build();
		}
		return bean;
	}

	public void reset() {
		this.counts.clear();
		this.transactionEnds.set(0);
	}

	public long count() {
		return this.counts.getQueryCountMap().values().stream().mapToLong(QueryCount::getTotal).sum();
	}

	/** How many transactions ended (a commit or a rollback on a connection) since the last reset. */
	public long transactions() {
		return this.transactionEnds.get();
	}

}
