package org.contacttimeline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that never reach a controller answered as problems too, so that every 4xx and 5xx is
 * {@code application/problem+json}: what the servlet container sends to its error page ({@link ErrorPage}), and what
 * Tomcat raises before the application sees the request ({@link ReportValve}, the host's error report valve, put in
 * place before the host starts, which then adds no other).
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(Problems problems) {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ReportValve.class.getName());
				host.getPipeline().addValve(new ReportValve(problems));
			}
		});
	}

	/**
	 * Answers what reaches the error page instead of a controller (a URL the firewall rejects, a TRACE) with a problem,
	 * whatever the request accepts, instead of Boot's JSON error or its HTML page.
	 */
	@Controller
	static class ErrorPage implements ErrorController {

		private final Problems problems;

		ErrorPage(Problems problems) {
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

	/**
	 * Answers errors that Tomcat raises before the application sees the request (an undecodable path, a request
	 * line too long) with a problem instead of Tomcat's HTML page.
	 */
	static class ReportValve extends ErrorReportValve {

		private final Problems problems;

		ReportValve(Problems problems) {
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

	/**
	 * The page at {@code /} asked for by a client that accepts no HTML: a 406 problem, like every other error (Spring
	 * Boot's welcome page answers it with an empty 406). A client that accepts HTML, or anything, gets the page.
	 */
	@Component
	static class PageEntry extends OncePerRequestFilter {

		private final Problems problems;

		PageEntry(Problems problems) {
			this.problems = problems;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !RequestView.read(request) || !RequestView.path(request).equals("/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (acceptsHtml(request.getHeader(HttpHeaders.ACCEPT))) {
				chain.doFilter(request, response);
				return;
			}
			this.problems.write(Problems.of(HttpStatus.NOT_ACCEPTABLE, "The page at / is HTML: ask for text/html (or */*). "
					+ "Data is served under /api/v1 as JSON, CSV or iCalendar; see /v3/api-docs."), response);
		}

		/** As the welcome page decides: no Accept, or one that includes text/html (an unreadable one is left to it). */
		private static boolean acceptsHtml(String accept) {
			if (accept == null || accept.isBlank()) {
				return true;
			}
			try {
				return MediaType.parseMediaTypes(accept).stream().anyMatch((type) -> type.includes(MediaType.TEXT_HTML));
			}
			catch (InvalidMediaTypeException ex) {
				return true;
			}
		}

	}

}
