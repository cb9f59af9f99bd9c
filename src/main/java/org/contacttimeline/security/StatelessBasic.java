package org.contacttimeline.security;

import jakarta.servlet.DispatcherType;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * What the editors' chain and the management chain share: a stateless API over HTTP Basic (no sessions, no CSRF
 * tokens, no saved requests) whose refusals are problems, and, before each chain's own rules, the error and forward
 * dispatches and the probes' health and info open to all.
 */
final class StatelessBasic {

	private StatelessBasic() {
	}

	/** Makes {@code http} stateless over HTTP Basic, answering a refusal with {@code problems}. */
	static HttpSecurity answeringWith(HttpSecurity http, ProblemResponses problems) {
		return http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
	}

	/** Opens the error and forward dispatches, health (with its groups) and info, ahead of a chain's own rules. */
	static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry openToProbes(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		return requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
	}

}
