package org.contacttimeline.security;

import org.contacttimeline.web.Problems;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator: health (with its liveness and readiness groups) and info are public, for probes; every other
 * endpoint (Prometheus, metrics) needs the management account over HTTP Basic, an account of its own that editors'
 * credentials do not open (and that opens no write). With a separate {@code management.server.port} the same holds
 * there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ManagementProperties.class)
// a command run from the command line (import, editors, backup, restore) serves no requests: nothing to secure
@ConditionalOnWebApplication
class ManagementSecurity {

	static final String MANAGEMENT = "MANAGEMENT";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain managementFilterChain(HttpSecurity http, ManagementProperties management, Problems problemWriter) {
		ProblemResponses problems = new ProblemResponses(problemWriter, management.configured(),
				"The actuator's endpoints other than health and info need the management account: send it with HTTP Basic.",
				"The actuator's endpoints other than health and info are closed: no management account is configured. Set "
						+ "TIMELINE_SECURITY_MANAGEMENT_USERNAME and TIMELINE_SECURITY_MANAGEMENT_PASSWORD and restart.");
		InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
		if (management.configured()) {
			accounts.createUser(User.withUsername(management.username()).password(management.storedPassword())
				.roles(MANAGEMENT).build());
		}
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		StatelessBasic.answeringWith(http, problems)
			.securityMatcher("/actuator", "/actuator/**")
			.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests((requests) -> StatelessBasic.openToProbes(requests)
				.anyRequest().hasRole(MANAGEMENT));
		return http.build();
	}

}
