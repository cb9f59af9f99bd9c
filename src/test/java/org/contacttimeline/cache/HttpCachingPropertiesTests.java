package org.contacttimeline.cache;

import org.contacttimeline.cache.HttpCachingProperties;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCachingPropertiesTests {

	@Test
	void asksCachesToRevalidateEveryTimeByDefault() {
		assertThat(properties(Duration.ZERO, Duration.ZERO).cacheControl()).isEqualTo("no-cache");
	}

	@Test
	void letsSharedCachesServeAnAnswerForTheConfiguredTimes() {
		assertThat(properties(Duration.ofSeconds(60), Duration.ZERO).cacheControl()).isEqualTo("public, max-age=60");
		assertThat(properties(Duration.ofSeconds(10), Duration.ofMinutes(5)).cacheControl())
			.isEqualTo("public, max-age=10, stale-while-revalidate=300");
	}

	private static HttpCachingProperties properties(Duration maxAge, Duration stale) {
		return new HttpCachingProperties(maxAge, stale, DataSize.ofMegabytes(64), DataSize.ofMegabytes(1));
	}

}
