package org.contacttimeline.cache;

import java.io.IOException;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Revalidations and reads answered before, answered from the newest data version alone: one statement outside any
 * transaction, no transaction begun or ended. An ETag or a kept answer that matches that version is current: a 304, or
 * the kept answer. Anything else goes on down the chain, to be read in a transaction by {@link CachedReads}, which
 * reads the version again in the snapshot its answer is made from.
 * <p>
 * It runs ahead of the cap on expensive requests: an analysis or export answered before is sent again at once, not
 * after a place among the expensive requests running. The newest version comes from the strategy the configuration
 * chose ({@link HttpCachingConfiguration}): one statement shared by the requests that ask at once ({@link SharedRead}),
 * or, where reads are routed request by request, each request's own on its own route.
 */
final class AnsweredFromVersion extends OncePerRequestFilter {

	private final LongSupplier newest;

	private final AnswerCache answers;

	private final ReadLabels labels;

	private final ReadFaults faults;

	AnsweredFromVersion(LongSupplier newest, AnswerCache answers, ReadLabels labels, ReadFaults faults) {
		this.newest = newest;
		this.answers = answers;
		this.labels = labels;
		this.faults = faults;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestKey key = RequestKey.of(request);
		if (key == null || !answered(request, response, key)) {
			chain.doFilter(request, response);
		}
	}

	private boolean answered(HttpServletRequest request, HttpServletResponse response, RequestKey key) throws IOException {
		boolean reuse = !ReadLabels.noCache(request);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch == null && !(reuse && this.answers.holds(key.value()))) {
			return false; // nothing to compare and nothing kept: reading the version first would only add a statement
		}
		long version;
		try {
			version = this.newest.getAsLong();
		}
		catch (DataAccessException ex) {
			if (this.faults.movedAway(ex)) {
				return false; // read where the reads now go
			}
			this.faults.unavailable(ex, response);
			return true;
		}
		String etag = (ifNoneMatch != null) ? this.labels.etag(version, key) : null;
		if (ReadLabels.matches(ifNoneMatch, etag, false)) {
			this.labels.notModified(response, etag);
			return true;
		}
		AnswerCache.Answer kept = reuse ? this.answers.find(version, key.value()) : null;
		if (kept == null) {
			return false;
		}
		this.labels.send(request, response, kept);
		return true;
	}

}
