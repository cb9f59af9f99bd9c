package org.contacttimeline.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching for data that changes only when an editor writes: every GET of the API carries an ETag (a
 * resource's version, or a hash of the body for lists) and is answered 304 when {@code If-None-Match} still holds;
 * clients may keep answers but must revalidate them ({@code Cache-Control: no-cache}), which costs a 304.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		// weak: the same list may be sent gzipped or not (Tomcat compresses no body with a strong ETag)
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/*");
		registration.setName("etags");
		return registration;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> revalidate() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
					response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
				}
				chain.doFilter(request, response);
			}
		});
		registration.addUrlPatterns("/api/*");
		registration.setName("revalidate");
		return registration;
	}

}
