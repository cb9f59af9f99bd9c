package org.contacttimeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One rule for query parameters on every read of the API: a parameter an operation does not declare is a 400 problem
 * naming those it does. Lists read their declared parameters themselves ({@link QueryParameters}, with {@code limit}
 * and {@code cursor} where they page); this holds every other operation (one resource, its revisions, a candidate, an
 * import) to the same rule, so that {@code ?limit=1} is refused where nothing pages rather than silently ignored.
 */
@Configuration(proxyBeanMethods = false)
class DeclaredParametersOnly implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				// reads only: a write may read its parameters from the request itself (an import's countries)
				if (handler instanceof HandlerMethod method && request.getQueryString() != null
						&& "GET".equals(request.getMethod())) {
					check(method, request.getQueryString());
				}
				return true;
			}

		}).addPathPatterns("/api/**");
	}

	private static void check(HandlerMethod method, String query) {
		Set<String> declared = new TreeSet<>();
		for (var parameter : method.getMethodParameters()) {
			if (jakarta.servlet.ServletRequest.class.isAssignableFrom(parameter.getParameterType())) {
				return; // it reads the request itself
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			if (Map.class.isAssignableFrom(parameter.getParameterType())) {
				return; // a list: it reads (and refuses) its parameters itself
			}
			String name = !param.name().isEmpty() ? param.name() : param.value();
			declared.add(!name.isEmpty() ? name : parameter.getParameterName());
		}
		List<InvalidRequestException.FieldError> errors = new ArrayList<>();
		UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().keySet().stream()
			.filter((name) -> !declared.contains(name))
			.forEach((name) -> errors.add(new InvalidRequestException.FieldError(name, declared.isEmpty()
					? "is not a parameter of this endpoint; it takes none"
					: "is not a parameter of this endpoint; accepted: " + String.join(", ", declared), null)));
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
