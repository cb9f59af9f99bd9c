package org.contacttimeline.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.contacttimeline.web.InvalidRequestException.FieldError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Every problem the service answers with (RFC 9457, {@code application/problem+json}) is made here: by the advice
 * for what controllers throw, and written here for what never reaches a controller (a body too large, a refused
 * write, a path the firewall rejects, an error Tomcat raises itself), with Spring's {@link ProblemDetail} and its
 * JSON message converter.
 */
@Component
public class Problems {

	private final JacksonJsonHttpMessageConverter json;

	public Problems(JsonMapper mapper) {
		// rebuilt, so that the converter adds its mix-in that writes a problem's properties (the errors list) inline
		this.json = new JacksonJsonHttpMessageConverter(mapper.rebuild());
	}

	/** 404: no {@code kind} (e.g. {@code meeting}) with that slug. */
	public static ErrorResponseException notFound(String kind, String slug) {
		return notFound(kind, "slug", slug);
	}

	/** 404: no {@code kind} whose {@code key} (e.g. {@code id}) is {@code value}. */
	public static ErrorResponseException notFound(String kind, String key, String value) {
		return thrown(of(HttpStatus.NOT_FOUND, "Not found", "No " + kind + " with " + key + " '" + value + "'."));
	}

	/** 409: the request conflicts with what is stored (a slug already taken); {@code detail} says what to do. */
	public static ErrorResponseException conflict(String detail) {
		return thrown(of(HttpStatus.CONFLICT, "Conflict", detail));
	}

	/**
	 * 422: a well-formed request that breaks a rule of the domain (dates that contradict their precision, a reference
	 * to an official that does not exist), with an {@code errors} list naming each field.
	 */
	public static ErrorResponseException unprocessable(List<FieldError> errors) {
		return thrown(withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "Rule broken", InvalidRequestException.summary(errors),
				errors));
	}

	/** A problem to throw; the advice answers it as it is (see {@link ProblemHandler}). */
	private static ErrorResponseException thrown(ProblemDetail problem) {
		return new ErrorResponseException(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
	}

	/** A problem titled by the status's reason phrase. */
	public static ProblemDetail of(HttpStatus status, String detail) {
		return of(status, status.getReasonPhrase(), detail);
	}

	public static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return identified(problem);
	}

	/** Adds the id of the request being answered ({@code requestId}, as in its log lines and its X-Request-Id). */
	static ProblemDetail identified(ProblemDetail problem) {
		String id = MDC.get(RequestIds.KEY);
		if (id != null && (problem.getProperties() == null || !problem.getProperties().containsKey(RequestIds.KEY))) {
			problem.setProperty(RequestIds.KEY, id);
		}
		return problem;
	}

	/** What a request the database could not answer is told (with {@code timeline.limits.database-retry-after}). */
	public static final String DATABASE_UNREACHABLE = "The database is not reachable right now; try again shortly.";

	/**
	 * A 503 that tells the client when to come back: the problem, with {@code Retry-After} in seconds on the
	 * response.
	 */
	public static ResponseEntity<ProblemDetail> unavailable(String detail, Duration retryAfter) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(of(HttpStatus.SERVICE_UNAVAILABLE, detail));
	}

	/** Writes a 503 problem with {@code Retry-After} as the whole response (for filters). */
	public void writeUnavailable(String detail, Duration retryAfter, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
		write(of(HttpStatus.SERVICE_UNAVAILABLE, detail), response);
	}

	/** A 400 or 422 whose {@code errors} list names every field that was wrong, what was wrong and what is accepted. */
	public static ProblemDetail withErrors(HttpStatus status, String title, String detail, List<FieldError> errors) {
		ProblemDetail problem = of(status, title, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Writes a problem as the whole response, unless the response is already on its way. It is written whole, with
	 * its length, so that the response is complete even when the connection closes after it (a refused body too
	 * large to be read is left unread).
	 */
	public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		write(problem, new ServletServerHttpResponse(response));
	}

	/** Writes a problem as the whole response. */
	public void write(ProblemDetail problem, ServerHttpResponse response) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		HttpHeaders headers = new HttpHeaders();
		this.json.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new HttpOutputMessage() {

			@Override
			public OutputStream getBody() {
				return body;
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		});
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(headers.getContentType());
		response.getHeaders().setContentLength(body.size());
		body.writeTo(response.getBody());
		response.flush();
	}

	/**
	 * {@code application/problem+json} labels problems only: a client that sends {@code Accept: application/problem+json}
	 * (or lists it first) gets a page or a resource as {@code application/json}, as the API document says, not a JSON body
	 * labelled a problem.
	 */
	@ControllerAdvice
	static class ProblemTypeForProblemsOnly implements ResponseBodyAdvice<Object> {

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

}
