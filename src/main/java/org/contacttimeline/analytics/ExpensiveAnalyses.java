package org.contacttimeline.analytics;

import org.contacttimeline.admission.ExpensiveRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contact network reads every side of the contacts a filter selects and computes centrality over them (about a
 * second for a country's year at a million meetings): it takes its turn among the expensive requests, so that it cannot
 * crowd out the cheap reads. Counts come from the rollup and stay cheap.
 */
@Configuration(proxyBeanMethods = false)
class ExpensiveAnalyses {

	@Bean
	ExpensiveRequest contactNetwork() {
		return ExpensiveRequest.under("/api/v1/network");
	}

}
