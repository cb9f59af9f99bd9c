package org.contacttimeline.cache;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.contacttimeline.db.DataVersion;
import org.contacttimeline.web.Problems;

/**
 * HTTP caching for data that changes only when an editor writes: every read of the API is answered, revalidated or
 * served from memory against the {@link DataVersion} by two filters, {@link AnsweredFromVersion} (ahead of the cap on
 * expensive requests) and {@link CachedReads}; answers carry an ETag made from that version (or a resource's own
 * version), {@code Cache-Control} as configured ({@code timeline.cache.*}, by default {@code no-cache}: shared caches
 * and browsers may keep answers but ask again, which costs one statement) and {@code Vary: Accept}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpCachingProperties.class)
class HttpCachingConfiguration {

	private final AnswerCache answers;

	private final ReadLabels labels;

	private final ReadFaults faults;

	/** Whether reads are routed request by request (to a replica or the primary): then each reads its own version. */
	private final boolean routed;

	HttpCachingConfiguration(HttpCachingProperties properties, Problems problems, ObjectProvider<BuildProperties> build,
			ObjectProvider<ReadFailover> failover,
			@Value("${timeline.limits.database-retry-after:5s}") Duration databaseRetryAfter) {
		BuildProperties info = build.getIfAvailable();
		this.answers = new AnswerCache(properties.memory().toBytes());
		this.labels = new ReadLabels(properties.cacheControl(),
				(info != null) ? info.getVersion() + "@" + info.getTime() : "development");
		ReadFailover routes = failover.getIfAvailable();
		this.routed = routes != null;
		this.faults = new ReadFaults(this.routed ? routes : (failure) -> false, problems, databaseRetryAfter);
	}

	/**
	 * Revalidations and repeated reads answered from the data version alone, after security (and the request size
	 * limit, order 0) and ahead of the cap on expensive requests (order 2): an answer kept in memory is cheap whatever
	 * it cost to make. The newest version is read by one statement shared by the requests that ask at once, unless
	 * reads are routed request by request.
	 */
	@Bean
	FilterRegistrationBean<AnsweredFromVersion> answeredFromVersion(DataVersion versions) {
		LongSupplier newest = this.routed ? versions::current : new SharedRead(versions::current);
		FilterRegistrationBean<AnsweredFromVersion> registration = new FilterRegistrationBean<>(
				new AnsweredFromVersion(newest, this.answers, this.labels, this.faults));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(1);
		return registration;
	}

	/** Every other read, in a read-only transaction of its own, behind the cap on expensive requests. */
	@Bean
	FilterRegistrationBean<CachedReads> cachedReads(DataVersion versions, PlatformTransactionManager transactions,
			HttpCachingProperties properties) {
		TransactionTemplate reads = new TransactionTemplate(transactions);
		reads.setReadOnly(true);
		FilterRegistrationBean<CachedReads> registration = new FilterRegistrationBean<>(new CachedReads(versions, reads,
				this.answers, this.labels, (int) properties.maxAnswer().toBytes(), this.faults));
		registration.addUrlPatterns("/api/*");
		return registration;
	}

}
