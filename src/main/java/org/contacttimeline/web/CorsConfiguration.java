package org.contacttimeline.web;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Reads are public: a frontend on any origin may GET the API. Writes are open to no other origin: a cross-origin
 * write, or its preflight, is refused with a 403 problem before it reaches anything else.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter(Problems problems) {
		org.springframework.web.cors.CorsConfiguration reads = new org.springframework.web.cors.CorsConfiguration();
		reads.setAllowedOrigins(List.of("*"));
		reads.setAllowedMethods(List.of("GET", "HEAD"));
		reads.setAllowedHeaders(List.of("Accept", "If-None-Match", "Accept-Language"));
		reads.setExposedHeaders(List.of("Link", "ETag", "Location"));
		reads.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", reads);
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new ProblemCorsProcessor(problems));
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // after the request id, so its problems carry one
		return registration;
	}

	static class ProblemCorsProcessor extends DefaultCorsProcessor {

		private final Problems problems;

		ProblemCorsProcessor(Problems problems) {
			this.problems = problems;
		}

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			this.problems.write(Problems.of(HttpStatus.FORBIDDEN,
					"Other origins may only read this API (GET, HEAD); writes are accepted from its own origin only."),
					response);
		}

	}

}
