package org.contacttimeline.lookup;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's handler by its path first. A path with a variable ({@code /api/v1/meetings/{slug}}) cannot be
 * looked up directly, so Spring MVC tries every mapping of the request's method, and checks each one's
 * {@code produces} against {@code Accept} before its path: for a slug read that was a sixth of its CPU, most of it
 * for mappings whose path could never match. A mapping whose path does not match is not a match whatever its other
 * conditions, so ruling those out first changes which handler is found for no request; the answers for no match
 * (404, 405, 406, 415) are worked out apart from this, from every mapping.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new RequestMappingHandlerMapping() {

			@Override
			protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
				PathPatternsRequestCondition paths = info.getPathPatternsCondition();
				if (paths != null && paths.getMatchingCondition(request) == null) {
					return null;
				}
				return super.getMatchingMapping(info, request);
			}

		};
	}

}
