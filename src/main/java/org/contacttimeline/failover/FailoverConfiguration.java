package org.contacttimeline.failover;

import java.time.Duration;

import jakarta.persistence.EntityManager;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transactions that outlast a change of primary, switched on by {@code timeline.failover.wait-for-primary}: the
 * advice that runs them again ({@link PrimaryFailover}), the record of write outcomes, and its pruning.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "timeline.failover", name = "wait-for-primary")
@EnableConfigurationProperties(FailoverProperties.class)
class FailoverConfiguration {

	@Bean
	WriteOutcomes writeOutcomes(JdbcTemplate jdbc, EntityManager entityManager) {
		return new WriteOutcomes(jdbc, entityManager);
	}

	@Bean
	OutcomePruning outcomePruning(WriteOutcomes outcomes, FailoverProperties properties) {
		return new OutcomePruning(outcomes, properties.keepOutcomes());
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor primaryFailover(ObjectProvider<PlatformTransactionManager> transactionManager,
			ObjectProvider<WriteOutcomes> outcomes, Environment environment) {
		// bound here: an advisor is made before the beans that configuration properties become
		Binder binder = Binder.get(environment);
		Duration wait = binder.bind("timeline.failover.wait-for-primary", Duration.class).get();
		Duration retryAfter = binder.bind("timeline.limits.database-retry-after", Duration.class).orElse(Duration.ofSeconds(5));
		ComposablePointcut transactional = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
			.union(new AnnotationMatchingPointcut(null, Transactional.class, true))
			.intersection((Class<?> type) -> type.getName().startsWith("org.contacttimeline."));
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional,
				new PrimaryFailover(transactionManager, outcomes, wait, retryAfter));
		// outside the transaction, which it opens for writes, and outside the replica's read retry, which moves a read
		// that lost its replica to the primary before this waits for a primary
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

}
