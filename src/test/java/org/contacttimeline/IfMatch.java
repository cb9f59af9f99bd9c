package org.contacttimeline;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write protocol's answers to a replacement or a deletion that names no version, or one that is no longer
 * current: the same for every resource an editor writes.
 */
public final class IfMatch {

	private IfMatch() {
	}

	/** Fails unless every stale write is refused with 412, every one without If-Match with 428, each as a problem. */
	public static void assertRefused(List<Api.Response> stale, List<Api.Response> missing) {
		assertThat(stale).extracting(Api.Response::status).containsOnly(412);
		assertThat(missing).extracting(Api.Response::status).containsOnly(428);
		assertThat(stale).allSatisfy((answer) -> assertThat(answer.header("Content-Type")).startsWith("application/problem+json"));
		assertThat(missing).allSatisfy((answer) -> assertThat(answer.header("Content-Type")).startsWith("application/problem+json"));
	}

}
