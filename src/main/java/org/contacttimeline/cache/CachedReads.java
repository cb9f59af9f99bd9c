package org.contacttimeline.cache;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import org.contacttimeline.db.DataVersion;
import org.contacttimeline.web.RequestView.Holding;
import org.contacttimeline.web.RequestView.Rereads;

/**
 * Reads that cost nothing when nothing has changed. Every GET and HEAD of the API that {@link AnsweredFromVersion} did
 * not answer is read here, in a read-only transaction whose first statement reads the {@link DataVersion}; then:
 * <ul>
 * <li>{@code If-None-Match} holding the ETag made from that version and the request: 304, nothing else read;</li>
 * <li>the same request answered before at the same version: that answer, from memory, nothing else read;</li>
 * <li>otherwise the controller answers, inside the same transaction, so that the version labels exactly what its
 * snapshot shows (on a lagging replica too: the version read there is as old as its data); a 200 of bounded size is
 * kept for the next identical request.</li>
 * </ul>
 * An answer larger than {@code timeline.cache.max-answer} (a whole export) is streamed from there on and not kept, so
 * that the memory a read takes stays bounded. A write moves the version on inside its own transaction, so once it has
 * committed (before its 2xx is sent) every older answer is out of reach, for this instance and every other on the
 * same database. A request that sends {@code Cache-Control: no-cache} is answered afresh (and its answer kept). A read
 * whose server went away before its first byte was sent (a replica stopped or killed) is read again from its start
 * where the reads now go ({@link ReadFailover}), whether the failure came before the controller or inside it.
 */
final class CachedReads extends OncePerRequestFilter {

	private final DataVersion versions;

	private final TransactionTemplate reads;

	private final AnswerCache answers;

	private final ReadLabels labels;

	private final int maxAnswer;

	private final ReadFaults faults;

	CachedReads(DataVersion versions, TransactionTemplate reads, AnswerCache answers, ReadLabels labels, int maxAnswer,
			ReadFaults faults) {
		this.versions = versions;
		this.reads = reads;
		this.answers = answers;
		this.labels = labels;
		this.maxAnswer = maxAnswer;
		this.faults = faults;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestKey key = RequestKey.of(request);
		if (key == null) {
			chain.doFilter(request, response); // not a read, or the list says what is wrong with Accept
			return;
		}
		answer(request, response, chain, key, false);
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, RequestKey key,
			boolean retried) throws ServletException, IOException {
		boolean reuse = !ReadLabels.noCache(request);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		Read read = new Read(key);
		// a failure inside the controller reaches the problem advice first: it leaves a lost server to this filter
		Rereads.offer(request, (failure) -> read.reread = !retried && read.answer != null && !response.isCommitted()
				&& this.faults.movedAway(failure));
		try {
			this.reads.executeWithoutResult((transaction) -> {
				// a read ends without a commit, and without complaint when a reader it called marked it for rollback
				transaction.setRollbackOnly();
				read.version = this.versions.current();
				if (ifNoneMatch != null && ReadLabels.matches(ifNoneMatch, read.etag(), false)) {
					read.notModified = true;
					return;
				}
				read.kept = reuse ? this.answers.find(read.version, key.value()) : null;
				if (read.kept == null) {
					answer(request, response, chain, read);
				}
			});
		}
		catch (Failed ex) {
			if (read.reread) {
				readAgain(request, response, chain, key);
				return;
			}
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) ex.getCause();
		}
		catch (TransactionException | DataAccessException ex) {
			if (read.reread) { // the end of the failed read's transaction failed too, on the lost server
				readAgain(request, response, chain, key);
				return;
			}
			if (read.answer == null && !retried && this.faults.movedAway(ex)) {
				// the server went away before anything was answered: read again where the reads now go
				answer(request, response, chain, key, true);
				return;
			}
			if (!read.answered) {
				this.faults.unavailable(ex, response); // the version could not be read: the database is away
				return;
			}
			// the answer was made, only the end of its transaction failed: send it, but keep nothing
			read.keep = false;
		}
		finally {
			Rereads.withdraw(request);
			Holding.withdraw(request);
		}
		if (read.notModified) {
			this.labels.notModified(response, read.etag());
		}
		else if (read.kept != null) {
			this.labels.send(request, response, read.kept);
		}
		else {
			finish(request, response, read);
		}
	}

	/** Reads again where the reads now go, what the lost server had begun to answer (nothing of it was sent). */
	private void readAgain(HttpServletRequest request, HttpServletResponse response, FilterChain chain, RequestKey key)
			throws ServletException, IOException {
		response.resetBuffer();
		answer(request, response, chain, key, true);
	}

	/** Lets the controller answer into a buffer, labelled with the read's ETag once it is known. */
	private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Read read) {
		read.answer = new BufferedResponse(response, this.maxAnswer, () -> this.labels.label(response, read::etag));
		Holding.offer(request, read.answer::stream);
		try {
			chain.doFilter(request, read.answer);
		}
		catch (IOException | ServletException ex) {
			throw new Failed(ex);
		}
		read.answered = true;
	}

	/** Sends what the controller answered, and keeps it when it is a 200 held whole. */
	private void finish(HttpServletRequest request, HttpServletResponse response, Read read) throws IOException {
		BufferedResponse answer = read.answer;
		answer.finishStream();
		if (!answer.held()) {
			return;
		}
		this.labels.label(response, read::etag);
		byte[] body = answer.body();
		if (read.keep && !"HEAD".equals(request.getMethod())) {
			AnswerCache.Answer keepable = ReadLabels.keepable(response, body);
			if (keepable != null) {
				this.answers.keep(read.version, read.key.value(), keepable);
			}
		}
		if (body.length > 0) {
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}

	/** What a read found, filled in inside its transaction. */
	private final class Read {

		final RequestKey key;

		long version;

		/** The ETag made from the version, once asked for. */
		private String etag;

		/** Whether the answer may be kept: not when the end of its transaction failed. */
		boolean keep = true;

		boolean notModified;

		AnswerCache.Answer kept;

		BufferedResponse answer;

		boolean answered;

		/** Whether the read failed on a server that went away, and is to be read again elsewhere. */
		boolean reread;

		Read(RequestKey key) {
			this.key = key;
		}

		String etag() {
			if (this.etag == null) {
				this.etag = CachedReads.this.labels.etag(this.version, this.key);
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
