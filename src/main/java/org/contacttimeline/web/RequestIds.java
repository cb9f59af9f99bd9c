package org.contacttimeline.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is well-formed (1–64 letters, digits and
 * {@code . _ : -}), else a new UUID. The id is in the logging context ({@code requestId}) for every log line written
 * while the request runs, in the {@code X-Request-Id} response header and in every problem ({@code requestId}).
 */
@Configuration(proxyBeanMethods = false)
class RequestIds {

	static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String id = of(request);
				response.setHeader(HEADER, id);
				MDC.put(KEY, id);
				try {
					chain.doFilter(request, response);
				}
				finally {
					MDC.remove(KEY);
				}
			}

			@Override
			protected boolean shouldNotFilterErrorDispatch() {
				return false; // the error page writes problems too: same id there
			}

		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** The id of a request: the one given to it already, the caller's if well-formed, or a new one. */
	static String of(HttpServletRequest request) {
		if (request.getAttribute(KEY) instanceof String given) {
			return given;
		}
		String header = request.getHeader(HEADER);
		String id = header != null && WELL_FORMED.matcher(header).matches() ? header : UUID.randomUUID().toString();
		request.setAttribute(KEY, id);
		return id;
	}

}
