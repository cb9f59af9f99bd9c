package org.contacttimeline.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;

/**
 * Answers errors that Tomcat raises before the application sees the request (an undecodable path, a request
 * line too long) with a problem instead of Tomcat's HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private final Problems problems;

	ProblemErrorReportValve(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		if (known == null) {
			known = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String detail = (known == HttpStatus.BAD_REQUEST)
				? "The request could not be read: check that the path and query are valid percent-encoded UTF-8 and the headers are not too large."
				: known.getReasonPhrase();
		// Tomcat refused the request before the application's filters ran: the request gets its id here
		String id = RequestIds.of(request);
		org.slf4j.MDC.put(RequestIds.KEY, id);
		try {
			response.setHeader(RequestIds.HEADER, id);
			this.problems.write(Problems.of(known, detail), response);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is committed: nothing more to say
		}
		finally {
			org.slf4j.MDC.remove(RequestIds.KEY);
		}
		response.getCoyoteResponse().action(ActionCode.CLOSE, null);
	}

}
