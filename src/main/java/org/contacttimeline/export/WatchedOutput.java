package org.contacttimeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The output of a whole export, watched for a client that has gone. A server learns that its client closed the
 * connection only when it writes to it (Tomcat does not watch the socket of a request being answered), and an export
 * writes nothing while it waits for its next page. So the stream goes out in steps of {@value #STEP} bytes and keeps
 * its last {@value #TAIL} bytes back; once {@linkplain #watch watched}, whenever nothing was written for
 * {@value #PROBE_MS} ms (a statement is running), one of those bytes is sent, from another thread. The second write
 * after the client has gone fails: then the statement in flight is cancelled ({@code cancel}), and the export's own
 * next write fails with what the write met, so that its transaction ends at once. The bytes are only delayed, never
 * changed: the client that stays gets the same file.
 */
final class WatchedOutput extends OutputStream {

	static final int STEP = 16 * 1024;

	/** Enough single bytes for the longest statement an export may run (2 min) at one byte per probe. */
	static final int TAIL = 1024;

	static final long PROBE_MS = 200;

	private static final ScheduledExecutorService PROBES = Executors.newScheduledThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "export-probe");
		thread.setDaemon(true);
		return thread;
	});

	private final OutputStream out;

	private final Runnable cancel;

	private final ReentrantLock lock = new ReentrantLock();

	private byte[] pending = new byte[STEP + TAIL];

	private int size;

	private volatile long lastWrite = System.nanoTime();

	private volatile IOException gone;

	private ScheduledFuture<?> probes;

	/** @param cancel cancels the statement the export is running, if any (from another thread) */
	WatchedOutput(OutputStream out, Runnable cancel) {
		this.out = out;
		this.cancel = cancel;
	}

	/** From now on the output is probed while nothing is written (it must go to the client as written). */
	void watch() throws IOException {
		this.lock.lock();
		try {
			push(TAIL);
			this.probes = PROBES.scheduleWithFixedDelay(this::probe, PROBE_MS, PROBE_MS, TimeUnit.MILLISECONDS);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** What the write that found the client gone met, or {@code null}. */
	IOException gone() {
		return this.gone;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		this.lock.lock();
		try {
			failIfGone();
			this.lastWrite = System.nanoTime();
			if (this.size + length > this.pending.length) {
				this.pending = Arrays.copyOf(this.pending, Math.max(this.pending.length * 2, this.size + length));
			}
			System.arraycopy(bytes, offset, this.pending, this.size, length);
			this.size += length;
			if (this.size >= STEP + TAIL) {
				push(TAIL);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Sends what was written, but for the tail kept back for probes. */
	@Override
	public void flush() throws IOException {
		this.lock.lock();
		try {
			failIfGone();
			push(TAIL);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Sends everything written, to its last byte, and stops probing. */
	void finish() throws IOException {
		this.lock.lock();
		try {
			stop();
			failIfGone();
			push(0);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Stops probing (the export ended, whichever way). */
	void stop() {
		if (this.probes != null) {
			this.probes.cancel(false);
		}
	}

	/** Writes all but the last {@code keep} bytes, then flushes them to the client. */
	private void push(int keep) throws IOException {
		int sent = Math.max(0, this.size - keep);
		try {
			this.out.write(this.pending, 0, sent);
			this.out.flush();
		}
		catch (IOException ex) {
			lost(ex);
			throw ex;
		}
		System.arraycopy(this.pending, sent, this.pending, 0, this.size - sent);
		this.size -= sent;
	}

	/** From the probes' thread: one byte, when the export has written nothing for a while. */
	private void probe() {
		if (this.gone != null || System.nanoTime() - this.lastWrite < TimeUnit.MILLISECONDS.toNanos(PROBE_MS)
				|| !this.lock.tryLock()) {
			return; // the export is writing: its own writes will find a client gone
		}
		try {
			if (this.size > 0 && this.gone == null) {
				this.lastWrite = System.nanoTime();
				push(this.size - 1);
			}
		}
		catch (IOException ex) {
			// lost() has cancelled the statement; the export's next write fails
		}
		catch (RuntimeException ex) {
			lost(new IOException("The export's output failed", ex));
		}
		finally {
			this.lock.unlock();
		}
	}

	private void lost(IOException ex) {
		if (this.gone == null) {
			this.gone = ex;
			stop();
			this.cancel.run();
		}
	}

	private void failIfGone() throws IOException {
		if (this.gone != null) {
			throw this.gone;
		}
	}

}
