package org.contacttimeline.cache;

import org.contacttimeline.web.Format;
import org.contacttimeline.cache.BufferedResponse;
import org.contacttimeline.cache.CachedReads;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a read's answer takes in memory: at most the limit, whatever it answers.
 */
class BufferedResponseTests {

	@Test
	void holdsABodyWithinTheLimitAndSendsNothingYet() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		BufferedResponse buffered = new BufferedResponse(response, 16, () -> response.setHeader("X-Streamed", "yes"));

		buffered.getOutputStream().write("[1,2,3]".getBytes());
		buffered.flushBuffer();

		assertThat(buffered.held()).isTrue();
		assertThat(new String(buffered.body())).isEqualTo("[1,2,3]");
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(response.isCommitted()).isFalse();
	}

	@Test
	void streamsABodyPastTheLimitFromWhatItHeldOnAndKeepsNothing() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicInteger labelled = new AtomicInteger();
		BufferedResponse buffered = new BufferedResponse(response, 16, labelled::incrementAndGet);

		for (int i = 0; i < 10; i++) {
			buffered.getWriter().write("line " + i + "\n");
		}
		buffered.finishStream();

		assertThat(buffered.held()).isFalse();
		assertThat(labelled).hasValue(1);
		assertThat(response.getContentAsString()).startsWith("line 0\nline 1\n").endsWith("line 9\n");
	}

	@Test
	void letsAControllersETagReplaceTheOneGivenFirst() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setHeader("ETag", "W/\"7-abc\"");
		BufferedResponse buffered = new BufferedResponse(response, 16, () -> { });

		buffered.addHeader("ETag", "\"3\"");

		assertThat(response.getHeaders("ETag")).containsExactly("\"3\"");
	}

	@Test
	void identifiesARequestByOriginPathSortedParametersAndFormat() {
		MockHttpServletRequest one = new MockHttpServletRequest("GET", "/api/v1/meetings");
		one.setQueryString("to=2019-03-31&country=KP&from=2019-03-01&country=RU");
		MockHttpServletRequest other = new MockHttpServletRequest("GET", "/api/v1/meetings");
		other.setQueryString("country=KP&from=2019-03-01&country=RU&to=2019-03-31");
		MockHttpServletRequest swapped = new MockHttpServletRequest("GET", "/api/v1/meetings");
		swapped.setQueryString("country=RU&from=2019-03-01&country=KP&to=2019-03-31");

		assertThat(RequestKey.value(one, Format.JSON)).isEqualTo(RequestKey.value(other, Format.JSON))
			.isEqualTo("http://localhost:80/api/v1/meetings?country=KP&country=RU&from=2019-03-01&to=2019-03-31 json");
		assertThat(RequestKey.value(one, Format.CSV)).isNotEqualTo(RequestKey.value(one, Format.JSON));
		assertThat(RequestKey.value(swapped, Format.JSON)).as("a repeated parameter's values keep their order")
			.isNotEqualTo(RequestKey.value(one, Format.JSON));
	}

}
