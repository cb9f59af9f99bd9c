package org.contacttimeline.admission;

import org.contacttimeline.web.Format;
import org.contacttimeline.web.InvalidRequestException;
import org.contacttimeline.web.Problems;
import org.contacttimeline.web.RequestView;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits at most {@code timeline.limits.expensive.concurrency} expensive requests at once (every
 * {@link ExpensiveRequest} bean declares a kind: whole exports and text searches here, analyses where they are
 * served). One beyond the cap waits up to {@code queue-wait} for a place, then gets a 503 problem with
 * {@code Retry-After}. Cheap requests are never held back, so they keep a pooled connection and their latency; nor is
 * a request answered from memory or with a 304 (answered ahead of this filter, from the data version alone). A
 * concurrency of 0 turns the cap off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExpensiveRequests.Limits.class)
class ExpensiveRequests {

	private static final Logger log = LoggerFactory.getLogger(ExpensiveRequests.class);

	/** A whole export: an export format (by {@code format=} or {@code Accept}) or Popolo, without {@code limit}. */
	@Bean
	ExpensiveRequest wholeExport() {
		return (request) -> RequestView.under(request, "/api") && RequestView.parameter(request, "limit") == null
				&& (RequestView.under(request, "/api/v1/popolo") || export(request));
	}

	/** A text search: {@code q=} with something in it, on any list. */
	@Bean
	ExpensiveRequest textSearch() {
		return (request) -> RequestView.under(request, "/api") && StringUtils.hasText(RequestView.parameter(request, "q"));
	}

	private static boolean export(HttpServletRequest request) {
		String format = RequestView.parameter(request, "format");
		if (format != null) {
			return !format.strip().equalsIgnoreCase(Format.JSON.parameterValue());
		}
		try {
			return Format.requested(request.getHeader("Accept")) != Format.JSON;
		}
		catch (InvalidRequestException ex) {
			return false; // answered as bad input, cheaply
		}
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> expensiveRequestLimit(Limits limits,
			ObjectProvider<ExpensiveRequest> kinds, Problems problems) {
		Semaphore places = new Semaphore(Math.max(limits.concurrency(), 0), true);
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			private volatile List<ExpensiveRequest> declared;

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (limits.concurrency() <= 0 || !RequestView.read(request) || !expensive(request)) {
					chain.doFilter(request, response);
					return;
				}
				boolean admitted;
				try {
					admitted = places.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					admitted = false;
				}
				if (!admitted) {
					log.info("Turned away an expensive request: {} already running", limits.concurrency());
					busy(limits, problems, response);
					return;
				}
				try {
					chain.doFilter(request, response);
				}
				finally {
					places.release();
				}
			}

			private boolean expensive(HttpServletRequest request) {
				List<ExpensiveRequest> kindsOf = this.declared;
				if (kindsOf == null) {
					kindsOf = kinds.orderedStream().toList();
					this.declared = kindsOf;
				}
				for (ExpensiveRequest kind : kindsOf) {
					try {
						if (kind.matches(request)) {
							return true;
						}
					}
					catch (RuntimeException ex) {
						// a request the container cannot read (undecodable parameters): the endpoint answers it as bad input
					}
				}
				return false;
			}

		});
		registration.addUrlPatterns("/api/*");
		registration.setOrder(2); // behind the reads answered from the data version alone (HttpCachingConfiguration)
		return registration;
	}

	/**
	 * The cap's own problem: the service is busy, not broken (never the database-outage problem, which would send
	 * clients and probes to the wrong conclusion).
	 */
	private static void busy(Limits limits, Problems problems, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, limits.retryAfter().toSeconds())));
		problems.write(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Busy with expensive requests",
				"The service is busy with expensive requests: too many exports, text searches and analyses are running "
						+ "right now (at most " + limits.concurrency() + " at once); nothing was read. Try again after the "
						+ "time in Retry-After, or ask for one page with limit=."), response);
	}

	/**
	 * The cap on concurrent expensive requests.
	 *
	 * @param concurrency how many may run at once (0: no cap)
	 * @param queueWait how long one beyond the cap waits for a place before it is turned away
	 * @param retryAfter what {@code Retry-After} tells a request turned away
	 */
	@ConfigurationProperties("timeline.limits.expensive")
	record Limits(@DefaultValue("4") int concurrency, @DefaultValue("1s") Duration queueWait,
			@DefaultValue("2s") Duration retryAfter) {
	}

}
