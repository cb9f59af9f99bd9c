package org.contacttimeline.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How reads are cached ({@code timeline.cache.*}): what shared caches (a CDN, Varnish) are told, and how much memory
 * the service keeps answers in.
 *
 * @param maxAge how long a shared cache or a browser may serve an answer without asking again; {@code 0} (the
 * default): always ask, which costs the service one statement while nothing changed
 * @param staleWhileRevalidate how long past {@code maxAge} a cache may serve an answer while it asks again
 * @param memory the most the answers kept in memory may take, bodies counted; {@code 0} keeps none
 * @param maxAnswer the largest answer held and kept (a page of 500 meetings takes about 700 KB); larger ones (whole
 * exports) are streamed from there on and not kept
 */
@ConfigurationProperties("timeline.cache")
record HttpCachingProperties(@DefaultValue("0s") Duration maxAge, @DefaultValue("0s") Duration staleWhileRevalidate,
		@DefaultValue("64MB") DataSize memory, @DefaultValue("1MB") DataSize maxAnswer) {

	/** The {@code Cache-Control} of a read that succeeded. */
	String cacheControl() {
		if (this.maxAge.isZero() && this.staleWhileRevalidate.isZero()) {
			return "no-cache";
		}
		return "public, max-age=" + this.maxAge.toSeconds()
				+ (this.staleWhileRevalidate.isZero() ? "" : ", stale-while-revalidate=" + this.staleWhileRevalidate.toSeconds());
	}

}
