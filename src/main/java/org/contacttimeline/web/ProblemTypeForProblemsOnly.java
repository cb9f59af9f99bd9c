package org.contacttimeline.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * {@code application/problem+json} labels problems only: a client that sends {@code Accept: application/problem+json}
 * (or lists it first) gets a page or a resource as {@code application/json}, as the API document says, not a JSON body
 * labelled a problem.
 */
@ControllerAdvice
class ProblemTypeForProblemsOnly implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(selectedContentType) && !(body instanceof ProblemDetail)) {
			response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		}
		return body;
	}

}
