package org.contacttimeline.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP caching for data that changes only when an editor writes: every read of the API is answered, revalidated or
 * served from memory by {@link CachedReads} against the {@link DataVersion}; answers carry an ETag made from that
 * version (or a resource's own version), {@code Cache-Control} as configured ({@code timeline.cache.*}, by default
 * {@code no-cache}: shared caches and browsers may keep answers but ask again, which costs one statement) and
 * {@code Vary: Accept}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpCachingProperties.class)
class HttpCachingConfiguration {

	@Bean
	FilterRegistrationBean<CachedReads> cachedReads(DataVersion versions, PlatformTransactionManager transactions,
			HttpCachingProperties properties, Problems problems, ObjectProvider<BuildProperties> build,
			ObjectProvider<ReadFailover> failover, DataSource dataSource,
			@Value("${timeline.limits.database-retry-after:5s}") Duration databaseRetryAfter) {
		TransactionTemplate reads = new TransactionTemplate(transactions);
		reads.setReadOnly(true);
		// the build is part of every ETag: a new build may write the same data otherwise, and must not be answered
		// with a 304 for a body an older one sent
		BuildProperties info = build.getIfAvailable();
		String identity = (info != null) ? info.getVersion() + "@" + info.getTime() : "development";
		// reads routed request by request (to a replica or the primary) read the version first, each on its own route
		ReadFailover routed = failover.getIfAvailable();
		FilterRegistrationBean<CachedReads> registration = new FilterRegistrationBean<>(new CachedReads(versions, reads,
				new AnswerCache(properties.memory().toBytes()), properties, problems, identity,
				(routed != null) ? routed : (failure) -> false, databaseRetryAfter,
				routed == null && snapshotPerTransaction(dataSource), routed == null));
		registration.addUrlPatterns("/api/*");
		registration.setName("cachedReads");
		return registration;
	}

	/**
	 * Revalidations and repeated reads answered from the data version alone, after security (and the request size
	 * limit, order 0) and ahead of the cap on expensive requests (order 2): an answer kept in memory is cheap whatever
	 * it cost to make.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> cachedReadsAhead(FilterRegistrationBean<CachedReads> cachedReads) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(cachedReads.getFilter().ahead());
		registration.addUrlPatterns("/api/*");
		registration.setName("cachedReadsAhead");
		registration.setOrder(1);
		return registration;
	}

	/**
	 * Whether a transaction sees one snapshot from its first statement to its end (REPEATABLE READ or stricter, as
	 * application.properties sets the pool): only then is a version read after an answer the version of that answer.
	 * With reads sent to a replica the version is read first all the same, so that a replica that went away is
	 * noticed before anything is answered ({@link ReadFailover}).
	 */
	private static boolean snapshotPerTransaction(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getTransactionIsolation() >= Connection.TRANSACTION_REPEATABLE_READ;
		}
		catch (SQLException ex) {
			return false; // the version is then read first, which is right whatever the isolation
		}
	}

}
