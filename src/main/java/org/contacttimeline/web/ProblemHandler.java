package org.contacttimeline.web;

import org.contacttimeline.web.Page.Streamed;
import org.contacttimeline.web.RequestView.Rereads;
import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.db.DatabaseFailures;
import org.contacttimeline.db.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.core.JacksonException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into an RFC 9457 {@code application/problem+json} body that says what was wrong and what is
 * accepted. Bad input is a 4xx, never a 500; an unexpected failure is a 500 that reveals nothing of the internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Duration databaseRetryAfter;

	private final Duration statementRetryAfter;

	ProblemHandler(@Value("${timeline.limits.database-retry-after:5s}") Duration databaseRetryAfter,
			@Value("${timeline.limits.statement-retry-after:10s}") Duration statementRetryAfter) {
		this.databaseRetryAfter = databaseRetryAfter;
		this.statementRetryAfter = statementRetryAfter;
	}

	@ExceptionHandler
	ProblemDetail invalidRequest(InvalidRequestException ex) {
		return Problems.withErrors(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage(), ex.errors());
	}

	@ExceptionHandler
	ProblemDetail staleVersion(OptimisticLockingFailureException ex) {
		return Problems.of(HttpStatus.PRECONDITION_FAILED,
				"Another editor changed the resource while your change was being saved; GET it again, reapply your change and send the new ETag in If-Match.");
	}

	@ExceptionHandler
	ProblemDetail busy(PessimisticLockingFailureException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Conflict",
				"Another editor is changing the same record right now; nothing was changed. Try again in a moment.");
	}

	@ExceptionHandler
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		if (DatabaseFailures.badData(ex)) {
			return badDataProblem(ex);
		}
		log.info("Write refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return Problems.of(HttpStatus.CONFLICT, "Conflict",
				"The change conflicts with stored data (a slug already taken, or a record still referred to by others); nothing was changed.");
	}

	private static ProblemDetail badDataProblem(Exception ex) {
		log.info("Refused by the database as bad data: {}", ex.getMessage());
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request",
				"A value cannot be stored: a date outside 4713 BC to 5874897 AD, or text with a NUL character; nothing was changed.");
	}

	/**
	 * A request body read by the application itself (an upload streamed as it arrives) that could not be read to its
	 * end: larger than its limit (413), or cut off by the client (400).
	 */
	@ExceptionHandler
	ProblemDetail unreadableBody(java.io.UncheckedIOException ex) {
		if (ex.getCause() instanceof RequestSizeLimit.TooLarge tooLarge) {
			return tooLarge.problem();
		}
		log.info("A request body could not be read: {}", ex.getMessage());
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request",
				"The request body could not be read to its end; nothing was changed.");
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String value = ex.getValue() != null ? String.valueOf(ex.getValue()) : null;
		return invalidRequest(new InvalidRequestException(ex.getName(), "has the wrong form", value));
	}

	@ExceptionHandler
	ProblemDetail undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException ex) {
		return invalidRequest(new InvalidRequestException("query",
				"could not be decoded; send parameters as percent-encoded UTF-8 (a space as %20, % itself as %25)", null));
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			QueryTimeoutException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		if (response.isCommitted() || (DatabaseFailures.lostConnection(ex) && Rereads.taken(request, ex))) {
			// after the first byte: a problem would be appended to a body that looks whole; left to the container, the
			// failure cuts the connection without the last chunk. Or read again by the filter that offered it (Rereads).
			throw ex;
		}
		if (DatabaseFailures.cancelled(ex)) {
			return tooLong(request);
		}
		log.warn("Database unavailable: {}", ex.getMessage());
		return Problems.unavailable(Problems.DATABASE_UNREACHABLE, this.databaseRetryAfter);
	}

	/** A statement ran past PostgreSQL's {@code statement_timeout} and was cancelled: the request asked too much. */
	private ResponseEntity<ProblemDetail> tooLong(HttpServletRequest request) {
		log.info("A statement ran past the statement timeout and was cancelled");
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return Problems.unavailable("The change took longer than the service allows for one database statement (another "
					+ "editor may hold the record) and was stopped; nothing was changed. Try again shortly.",
					this.statementRetryAfter);
		}
		return Problems.unavailable("The request took longer than the service allows for one database statement and was "
				+ "stopped. Narrow the filter (a shorter period, a country, more specific words in q, or limit= for one page "
				+ "of an export) and ask again.", this.statementRetryAfter);
	}

	@ExceptionHandler
	ProblemDetail rejected(org.springframework.security.web.firewall.RequestRejectedException ex) {
		return invalidRequest(new InvalidRequestException("query",
				"contains a parameter name that is not allowed (a control character or an invalid character)", null));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (response.isCommitted()) {
			throw ex; // as above: the client must see the body cut off, not a problem appended to it
		}
		if (ex instanceof Streamed.Overran overran) {
			return Problems.unavailable("The export " + overran.getMessage() + " and was stopped. Narrow the filter (a "
					+ "shorter period, a country) or ask for one page with limit=.", this.statementRetryAfter);
		}
		if (DatabaseFailures.cancelled(ex) || ex instanceof Deadline.Passed) {
			return tooLong(request);
		}
		if (DatabaseFailures.lostConnection(ex)) {
			return databaseUnavailable(ex, request, response);
		}
		if (DatabaseFailures.badData(ex)) {
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(badDataProblem(ex));
		}
		log.error("Unexpected error", ex);
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
					"The service failed to answer this request; the failure has been logged."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		for (org.springframework.validation.FieldError error : ex.getBindingResult().getFieldErrors()) {
			Object value = error.getRejectedValue();
			errors.add(new FieldError(error.getField(), error.getDefaultMessage(),
					value instanceof CharSequence || value instanceof Number ? String.valueOf(value) : null));
		}
		for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
			errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage(), null));
		}
		errors.sort(Comparator.comparing(FieldError::field));
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(invalidRequest(new InvalidRequestException(errors)));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable c = ex; c != null; c = c.getCause()) {
			if (c instanceof RequestSizeLimit.TooLarge tooLarge) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(tooLarge.problem());
			}
		}
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException) && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		FieldError error = JsonBodies.unreadable(cause);
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(invalidRequest(new InvalidRequestException(List.of(error))));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// Spring's detail names a static resource, which is not what was asked for
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "Not found", "Nothing is served at /"
				+ ex.getResourcePath() + ". The API's paths are listed in its document, /v3/api-docs (Swagger UI: "
				+ "/swagger-ui.html); the page is at /.");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring's own problems (406, 415, ...) come without a body here, made from the exception after this
		if (body == null && ex instanceof org.springframework.web.ErrorResponse error) {
			body = error.getBody();
		}
		// and sometimes carry no detail; say at least what the status means.
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (body instanceof ProblemDetail problem && problem.getDetail() == null && status != null) {
			problem.setDetail(status.getReasonPhrase());
		}
		if (body instanceof ProblemDetail problem) {
			Problems.identified(problem);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}
}
