package org.contacttimeline.security;

import java.time.Clock;
import java.time.Duration;

import org.contacttimeline.web.Problems;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Reads (and health and info) are public, but for candidate contacts and their imports, which only editors review;
 * every write needs an editor account over HTTP Basic: the one configured by {@code timeline.security.editor.*} or one
 * of the database's ({@link EditorAccounts}); repeated failed logins lock the account name for a while
 * ({@link LoginThrottle}). Public reads do not look at credentials ({@link PublicReads}). The API is
 * stateless, so there are no sessions and no CSRF tokens; every other actuator endpoint is closed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EditorProperties.class)
// a command run from the command line (import, editors, backup, restore) serves no requests: nothing to secure
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String EDITOR = "EDITOR";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, EditorProperties editor, Problems problemWriter,
			LoginThrottle throttle, EditorAccounts accounts) {
		ProblemResponses problems = new ProblemResponses(problemWriter, () -> editor.configured() || anyAccount(accounts));
		StatelessBasic.answeringWith(http, problems)
			.addFilterBefore(new PublicReads(), BasicAuthenticationFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle, problemWriter), BasicAuthenticationFilter.class)
			.cors((cors) -> cors.disable()) // the CORS filter of web/ runs before security, for reads only
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
						+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
			.authorizeHttpRequests((requests) -> StatelessBasic.openToProbes(requests)
				.requestMatchers("/actuator", "/actuator/**").denyAll()
				// candidate contacts are unverified claims (machine-coded, or read from articles) under review, not part of
				// the timeline
				.requestMatchers(PublicReads.EDITORS_ONLY.stream()
					.flatMap((path) -> java.util.stream.Stream.of(path, path + "/**"))
					.toArray(String[]::new))
				.hasRole(EDITOR)
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
				.anyRequest().hasRole(EDITOR));
		return http.build();
	}

	/**
	 * No observations of the security filters: each of the chain's filters was wrapped in one (two per request and
	 * filter), about 5 % of a cold read's CPU in the benchmark's profile, for spans nobody reads. The requests
	 * themselves are still observed (http.server.requests).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	UserDetailsService editors(EditorProperties editor, EditorAccounts accounts) {
		return new EditorUsers(editor, accounts);
	}

	/**
	 * Checks {@code {bcrypt}}, {@code {argon2}}, ... hashes, remembering each outcome for a minute: the same credentials
	 * sent again cost no second bcrypt.
	 */
	@Bean
	PasswordEncoder passwordEncoder(EditorAccounts accounts) {
		return new RememberedChecks(accounts.encoder(), Duration.ofMinutes(1), 10_000);
	}

	@Bean
	LoginThrottle loginThrottle(@Value("${timeline.security.login.max-failures:5}") int maxFailures,
			@Value("${timeline.security.login.lock:1m}") Duration lock) {
		return new LoginThrottle(maxFailures, lock, Clock.systemUTC());
	}

	/** Whether the database holds an account; when it cannot be asked, assume so rather than advise configuring one. */
	private static boolean anyAccount(EditorAccounts accounts) {
		try {
			return accounts.any();
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return true;
		}
	}

}
