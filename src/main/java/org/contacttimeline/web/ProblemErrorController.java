package org.contacttimeline.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers what reaches the error page instead of a controller (a URL the firewall rejects, a TRACE) with a problem,
 * whatever the request accepts, instead of Boot's JSON error or its HTML page.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private final Problems problems;

	ProblemErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.resolve(value)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		String detail = switch (status) {
			case BAD_REQUEST -> "The request was rejected: a path may not contain ';', '//', '..' or an encoded '%', '/', '.' or ';'.";
			case METHOD_NOT_ALLOWED -> "This method is not supported here.";
			case INTERNAL_SERVER_ERROR -> "The service failed to answer this request; the failure has been logged.";
			default -> status.getReasonPhrase();
		};
		this.problems.write(Problems.of(status, detail), response);
	}

}
