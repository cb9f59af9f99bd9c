package org.contacttimeline.web;

import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads that cost nothing when nothing has changed. Every GET and HEAD of the API reads the {@link DataVersion}
 * (one statement, or a column of the answer's own); then:
 * <ul>
 * <li>{@code If-None-Match} holding the ETag made from that version and the request: 304, nothing else read;</li>
 * <li>the same request answered before at the same version: that answer, from memory, nothing else read;</li>
 * <li>otherwise the controller answers, inside the transaction the version was read in, so that the version labels
 * exactly what its snapshot shows (on a lagging replica too: the version read there is as old as its data); a 200 of
 * bounded size is kept for the next identical request.</li>
 * </ul>
 * A revalidation, or a request whose answer is kept, reads the version first on its own, outside any transaction (the
 * newest committed one), and is answered with no transaction at all when it matches: in a filter of its own
 * ({@link #ahead}), ahead of the cap on expensive requests, since an answer kept is cheap whatever it cost. Requests that ask for it at once
 * share one statement that begins after each of them asked ({@link SharedRead}), so that under load the hot reads
 * cost the database one statement at a time, not one for each. Any other read begins a read-only
 * transaction. A read with nothing to compare (no {@code If-None-Match}) lets the controller answer first and reads
 * the version after, in the same transaction and so the same snapshot (the pool's REPEATABLE READ): a single view
 * reads it alongside its own row ({@link DataVersion#alongside}), a statement fewer; an error does not read it at all.
 * Where a transaction's statements may see different snapshots, or reads go to a replica (whose failure must be noticed
 * before anything is answered), the version is read first, as the transaction's first statement.
 * An answer larger than {@code timeline.cache.max-answer} (a whole export) is streamed from there on and not kept, so
 * that the memory a read takes stays bounded.
 * A write moves the version on inside its own transaction, so once it has committed (before its 2xx is sent) every
 * older answer is out of reach, for this instance and every other on the same database.
 * <p>
 * The request is identified by its origin and path, its query parameters sorted by name, and the format it asks for
 * ({@code format=} is a parameter; {@code Accept} counts by the format it selects, {@link Format#requested}); {@code
 * Accept-Encoding} needs no place there, since Tomcat compresses after this filter. A request that sends {@code
 * Cache-Control: no-cache} is answered afresh (and its answer kept).
 */
class CachedReads extends OncePerRequestFilter {

	/**
	 * What an answer varies by, for shared caches: the format asked for, and the encoding (Tomcat compresses the
	 * larger answers for clients that accept gzip, after this filter).
	 */
	private static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING;

	private final DataVersion versions;

	private final TransactionTemplate reads;

	private final AnswerCache answers;

	private final HttpCachingProperties properties;

	private final Problems problems;

	private final String build;

	private final ReadFailover failover;

	private final Duration databaseRetryAfter;

	/** Whether a read with nothing to compare may read the version after answering (see the class comment). */
	private final boolean versionAfter;

	/**
	 * The newest committed version, read outside any transaction: by requests that ask at once in one shared
	 * statement ({@link SharedRead}), unless reads are routed request by request (to a replica or the primary).
	 */
	private final LongSupplier newest;

	CachedReads(DataVersion versions, TransactionTemplate reads, AnswerCache answers, HttpCachingProperties properties,
			Problems problems, String build, ReadFailover failover, Duration databaseRetryAfter, boolean versionAfter,
			boolean shareNewest) {
		this.versionAfter = versionAfter;
		this.newest = shareNewest ? new SharedRead(versions::current) : versions::current;
		this.failover = failover;
		this.databaseRetryAfter = databaseRetryAfter;
		this.versions = versions;
		this.reads = reads;
		this.answers = answers;
		this.properties = properties;
		this.problems = problems;
		this.build = build;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		answer(request, response, chain, false);
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean retried)
			throws ServletException, IOException {
		boolean head = "HEAD".equals(request.getMethod());
		if (!head && !"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		Format format;
		try {
			format = Format.requested(request.getHeader(HttpHeaders.ACCEPT));
		}
		catch (InvalidRequestException ex) {
			chain.doFilter(request, response); // the list says what is wrong with Accept
			return;
		}
		String key = key(request, format);
		boolean reuse = !noCache(request);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		Read read = new Read(key);
		try {
			this.reads.executeWithoutResult((transaction) -> {
				// a read ends without a commit, and without complaint when a reader it called marked it for rollback
				transaction.setRollbackOnly();
				if (ifNoneMatch == null && this.versionAfter) {
					// nothing to compare before answering: the version is read once the answer is made, in its snapshot,
					// alongside the answer's own statement where that one reads it (a single view), or on its own
					this.versions.reading((version) -> {
						read.later = version;
						answer(request, response, chain, read);
						if (response.getStatus() < 400) {
							read.version(); // an error is neither labelled with the version nor kept
						}
					});
					return;
				}
				read.version = this.versions.current();
				if (ifNoneMatch != null && matches(ifNoneMatch, read.etag(), false)) {
					read.notModified = true;
					return;
				}
				read.cached = reuse ? this.answers.find(read.version, key) : null;
				if (read.cached != null) {
					return;
				}
				answer(request, response, chain, read);
			});
		}
		catch (Failed ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) ex.getCause();
		}
		catch (TransactionException | DataAccessException ex) {
			if (!read.answered && read.answer == null && !retried && this.failover.movedAway(ex)) {
				// the server went away before anything was answered: read again where the reads now go
				answer(request, response, chain, true);
				return;
			}
			if (!read.answered) {
				// the version could not be read: the database is away
				this.logger.warn("Database unavailable: " + ex.getMessage());
				this.problems.writeUnavailable(Problems.DATABASE_UNREACHABLE, this.databaseRetryAfter, response);
				return;
			}
			// the answer was made, only the end of its transaction failed: send it, but keep nothing
			read.keep = false;
		}
		if (read.notModified) {
			notModified(response, read.etag);
		}
		else if (read.cached != null) {
			send(request, response, read.cached);
		}
		else {
			finish(request, response, read, key);
		}
	}

	/**
	 * The part of these reads that needs no transaction, for a filter ahead of the cap on expensive requests (and
	 * behind security): a revalidation, or a request whose answer is kept, is answered from the version alone when it
	 * can, so that an analysis or export answered before is sent again at once, not after a place among the expensive
	 * requests running; what it cannot answer goes on down the chain, to be read in a transaction here.
	 */
	OncePerRequestFilter ahead() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!answeredAhead(request, response)) {
					chain.doFilter(request, response);
				}
			}

		};
	}

	private boolean answeredAhead(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		Format format;
		try {
			format = Format.requested(request.getHeader(HttpHeaders.ACCEPT));
		}
		catch (InvalidRequestException ex) {
			return false; // the list says what is wrong with Accept
		}
		String key = key(request, format);
		boolean reuse = !noCache(request);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		return (ifNoneMatch != null || (reuse && this.answers.holds(key)))
				&& answeredFromVersion(request, response, key, reuse, ifNoneMatch);
	}

	/** Lets the controller answer into a buffer, labelled with the read's ETag once it is known. */
	private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Read read) {
		read.answer = new BufferedResponse(response, (int) this.properties.maxAnswer().toBytes(),
				() -> label(response, read));
		try {
			chain.doFilter(request, read.answer);
		}
		catch (IOException | ServletException ex) {
			throw new Failed(ex);
		}
		read.answered = true;
	}

	/**
	 * Answers a revalidation or a read answered before from the version alone, when it can: one statement outside
	 * any transaction, which sees the newest committed version (on the request's route, when reads go to a replica),
	 * with no transaction begun or ended. An ETag or an answer that matches that version is current; anything else
	 * is read in a transaction of its own, which reads the version again, in the snapshot its answer is made from.
	 */
	private boolean answeredFromVersion(HttpServletRequest request, HttpServletResponse response, String key,
			boolean reuse, String ifNoneMatch) throws IOException {
		long version;
		try {
			version = this.newest.getAsLong();
		}
		catch (DataAccessException ex) {
			if (this.failover.movedAway(ex)) {
				return false; // read where the reads now go
			}
			this.logger.warn("Database unavailable: " + ex.getMessage());
			this.problems.writeUnavailable(Problems.DATABASE_UNREACHABLE, this.databaseRetryAfter, response);
			return true;
		}
		String etag = (ifNoneMatch != null) ? etag(version, key) : null;
		if (matches(ifNoneMatch, etag, false)) {
			notModified(response, etag);
			return true;
		}
		AnswerCache.Answer cached = reuse ? this.answers.find(version, key) : null;
		if (cached == null) {
			return false;
		}
		send(request, response, cached);
		return true;
	}

	/** Sends what the controller answered, and keeps it when it is a 200 held whole. */
	private void finish(HttpServletRequest request, HttpServletResponse response, Read read, String key) throws IOException {
		BufferedResponse answer = read.answer;
		answer.finishStream();
		if (!answer.held()) {
			return;
		}
		int status = response.getStatus();
		label(response, read);
		byte[] body = answer.body();
		if (status == 200 && !"HEAD".equals(request.getMethod()) && read.keep && read.version >= 0 && keepable(response)) {
			this.answers.keep(read.version, key, answerOf(response, body));
		}
		if (body.length > 0) {
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}

	/**
	 * The headers of an answer, written before its body: a success may be revalidated with the ETag made from the
	 * version (unless its controller gave its own, a resource's version) and cached as configured; an error is neither.
	 */
	private void label(HttpServletResponse response, Read read) {
		if (response.getStatus() >= 400) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return;
		}
		if (!response.containsHeader(HttpHeaders.ETAG)) {
			read.version();
			response.setHeader(HttpHeaders.ETAG, read.etag()); // made only when sent: a resource has its own
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.properties.cacheControl());
		response.addHeader(HttpHeaders.VARY, VARY);
	}

	private void send(HttpServletRequest request, HttpServletResponse response, AnswerCache.Answer answer) throws IOException {
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag(), true)) {
			notModified(response, answer.etag());
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		for (Map.Entry<String, String> header : answer.headers()) {
			if (HttpHeaders.CONTENT_TYPE.equals(header.getKey())) {
				response.setContentType(header.getValue());
			}
			else {
				response.addHeader(header.getKey(), header.getValue());
			}
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.properties.cacheControl());
		response.addHeader(HttpHeaders.VARY, VARY);
		response.setContentLength(answer.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(answer.body());
		}
	}

	private void notModified(HttpServletResponse response, String etag) {
		response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.properties.cacheControl());
		response.addHeader(HttpHeaders.VARY, VARY);
	}

	/** The headers that belong to an answer (the rest, CORS and security headers, are written for each request). */
	private static final List<String> KEPT = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LINK, HttpHeaders.ETAG);

	private static AnswerCache.Answer answerOf(HttpServletResponse response, byte[] body) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : KEPT) {
			for (String value : response.getHeaders(name)) {
				headers.add(Map.entry(name, value));
			}
		}
		return new AnswerCache.Answer(response.getHeader(HttpHeaders.ETAG), List.copyOf(headers), body);
	}

	/**
	 * Whether a 200 may be kept: not when it sets a cookie, and not a problem (a client that accepts only
	 * problem+json can be sent a list under that type; another client must not get it so).
	 */
	private static boolean keepable(HttpServletResponse response) {
		String type = response.getContentType();
		return !response.containsHeader(HttpHeaders.SET_COOKIE) && type != null
				&& !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type));
	}

	/** The request as its answer depends on it: origin, path, parameters sorted by name, format. */
	static String key(HttpServletRequest request, Format format) {
		StringBuilder key = new StringBuilder(128).append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		String query = request.getQueryString();
		if (query != null && !query.isEmpty()) {
			// a stable sort by name: the values of a repeated parameter keep their order
			String[] parameters = Arrays.stream(query.split("&")).filter((p) -> !p.isEmpty()).toArray(String[]::new);
			Arrays.sort(parameters, Comparator.comparing((String p) -> p.indexOf('=') < 0 ? p : p.substring(0, p.indexOf('='))));
			key.append('?').append(String.join("&", parameters));
		}
		return key.append(' ').append(format.parameterValue()).toString();
	}

	/** A weak ETag (the same answer may be sent compressed or not) made from the data version and the request. */
	String etag(long version, String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest((this.build + ' ' + key).getBytes(StandardCharsets.UTF_8));
			return "W/\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether {@code If-None-Match} names the ETag (weak comparison, as RFC 9110 asks for GET); {@code *} only when
	 * the answer is known to exist.
	 */
	static boolean matches(String ifNoneMatch, String etag, boolean exists) {
		if (ifNoneMatch == null || etag == null) {
			return false;
		}
		String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if ((tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque) || (exists && tag.equals("*"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean noCache(HttpServletRequest request) {
		for (String value : java.util.Collections.list(request.getHeaders(HttpHeaders.CACHE_CONTROL))) {
			if (value.toLowerCase(java.util.Locale.ROOT).contains("no-cache")) {
				return true;
			}
		}
		return false;
	}

	/** What a read found, filled in inside its transaction. */
	private final class Read {

		final String key;

		/** The version, or -1 while it is not known. */
		long version = -1;

		/** Where the version comes from when it is read after the answer, in the same transaction; null once asked. */
		LongSupplier later;

		/** The ETag made from the version, once asked for. */
		String etag;

		/** Whether the answer may be kept: not when the end of its transaction failed. */
		boolean keep = true;

		boolean notModified;

		AnswerCache.Answer cached;

		BufferedResponse answer;

		boolean answered;

		Read(String key) {
			this.key = key;
		}

		/**
		 * The version; when it is read after the answer, it is read on the first call, which the read makes inside its
		 * transaction (and never again: a failed read leaves it unknown).
		 */
		long version() {
			LongSupplier source = this.later;
			if (source != null) {
				this.later = null;
				this.version = source.getAsLong();
			}
			return this.version;
		}

		/** The ETag made from the version, or null while the version is not known. */
		String etag() {
			if (this.etag == null && this.version >= 0) {
				this.etag = CachedReads.this.etag(this.version, this.key);
			}
			return this.etag;
		}

	}

	/** Carries a servlet failure out of the transaction callback. */
	private static final class Failed extends RuntimeException {

		Failed(Exception cause) {
			super(cause);
		}

	}

}
