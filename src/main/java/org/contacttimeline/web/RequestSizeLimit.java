package org.contacttimeline.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code timeline.max-request-size} (default 1 MB) is read, or than the {@link BodyLimit}
 * declared for its path (an upload): a declared length over it is refused at once, and a chunked body is cut off where
 * it passes it; both answer 413 with a problem.
 */
@Configuration(proxyBeanMethods = false)
public class RequestSizeLimit {

	static final String TOO_LARGE = "The request body is larger than the %d bytes this API accepts; nothing was changed.";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
			@Value("${timeline.max-request-size:1048576}") long defaultLimit, ObjectProvider<BodyLimit> bodyLimits,
			Problems problems) {
		List<BodyLimit> paths = bodyLimits.orderedStream().toList();
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				long limit = paths.stream()
					.filter((bodyLimit) -> bodyLimit.covers(RequestView.path(request)))
					.mapToLong(BodyLimit::bytes)
					.findFirst()
					.orElse(defaultLimit);
				if (request.getContentLengthLong() > limit) {
					problems.write(tooLarge(limit), response);
					return;
				}
				chain.doFilter(new Limited(request, limit), response);
			}
		});
		registration.addUrlPatterns("/api/*");
		registration.setOrder(0);
		return registration;
	}

	static ProblemDetail tooLarge(long limit) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE.formatted(limit));
	}

	/** Thrown when a body goes past the limit while it is read; the problem handler answers 413. */
	static class TooLarge extends IOException {

		private final long limit;

		TooLarge(long limit) {
			super(TOO_LARGE.formatted(limit));
			this.limit = limit;
		}

		ProblemDetail problem() {
			return tooLarge(this.limit);
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					count(b < 0 ? 0 : 1);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) throws TooLarge {
					this.read += n;
					if (this.read > Limited.this.limit) {
						throw new TooLarge(Limited.this.limit);
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

	/**
	 * A request-body limit of its own for the requests to a path (and below it), in place of the
	 * {@code timeline.max-request-size} every other request has: an upload declares one as a bean.
	 *
	 * @param path the path, e.g. {@code /api/v1/imports}
	 * @param bytes the largest body accepted there
	 */
	public record BodyLimit(String path, long bytes) {

		boolean covers(String uri) {
			return uri.equals(this.path) || uri.startsWith(this.path + "/");
		}

	}

}
