package org.contacttimeline.replica;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public reads on a streaming replica, switched on by {@code timeline.replica.url}: the replica's pool (with the
 * primary's pool settings), the application's DataSource wrapped to route each connection, the freshness checks,
 * the mark on public read requests, and the retry on the primary of a read whose replica went away.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "timeline.replica", name = "url")
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

	@Bean(destroyMethod = "close")
	Replica replica(ReplicaProperties properties, Environment environment) {
		String url = properties.url();
		String hosts = url.replaceFirst("^jdbc:postgresql://", "").split("[/?]", 2)[0];
		if (hosts.contains(",")) {
			// each request must read one server; several replicas behind one URL could answer one request at two
			// points of replay, and their lag could not be told apart
			throw new IllegalStateException("timeline.replica.url names several hosts (" + hosts
					+ "); give each instance one replica, e.g. jdbc:postgresql://replica-1:5432/timeline");
		}
		HikariDataSource pool = new HikariDataSource();
		// the primary's pool settings (size, isolation, timeouts) hold for the replica's too, unless
		// timeline.replica.hikari.* says otherwise (a small pool on the primary, for editors, and a larger one here)
		Binder binder = Binder.get(environment);
		binder.bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		binder.bind("timeline.replica.hikari", Bindable.ofInstance(pool));
		pool.setJdbcUrl(url);
		pool.setUsername((properties.username() != null) ? properties.username()
				: environment.getProperty("spring.datasource.username"));
		pool.setPassword((properties.password() != null) ? properties.password()
				: environment.getProperty("spring.datasource.password"));
		pool.setPoolName("replica");
		pool.setReadOnly(true);
		// a replica that is down at start is not an error: reads go to the primary until it is up
		pool.setInitializationFailTimeout(-1);
		return new Replica(pool, properties.maxLag());
	}

	@Bean
	static BeanPostProcessor readWriteRouting(ObjectProvider<Replica> replica) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource primary && !(bean instanceof ReadWriteDataSource)) {
					return new ReadWriteDataSource(primary, replica.getObject());
				}
				return bean;
			}
		};
	}

	@Bean
	ReplicaFreshness replicaFreshness(DataSource dataSource, Replica replica, ReplicaProperties properties) {
		return new ReplicaFreshness(dataSource, replica, properties.checkInterval(), properties.maxLag());
	}

	@Bean
	ReplicaFailover replicaFailover(Replica replica) {
		return new ReplicaFailover(replica);
	}

	@Bean
	FilterRegistrationBean<PublicReads> publicReads() {
		FilterRegistrationBean<PublicReads> registration = new FilterRegistrationBean<>(new PublicReads());
		registration.addUrlPatterns("/api/*");
		registration.setName("publicReads");
		// before any filter that might read the database, so that all of a request's reads follow its route
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor readRetry(ObjectProvider<Replica> replica) {
		ComposablePointcut transactional = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
			.union(new AnnotationMatchingPointcut(null, Transactional.class, true))
			.intersection((Class<?> type) -> type.getName().startsWith("org.contacttimeline."));
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, new ReadRetry(replica));
		// outside the transaction, so that a repeated read runs in a transaction of its own; inside the failover's
		// advice (failover.PrimaryFailover), which waits for a new primary only once this has moved off the replica
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return advisor;
	}

}
