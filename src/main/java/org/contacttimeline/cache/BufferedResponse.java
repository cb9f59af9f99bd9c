package org.contacttimeline.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * Holds back the body of a read while it is written, up to a limit, so that it can be kept and sent after the read's
 * transaction has ended. A body that grows past the limit (a whole export) goes out as it is written, what was held
 * first, and is not kept: the memory a read takes stays bounded, whatever it answers.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

	private final int limit;

	private final Runnable beforeStreaming;

	private ByteArrayOutputStream held = new ByteArrayOutputStream(8192);

	private boolean passing;

	private boolean error;

	private ServletOutputStream stream;

	private PrintWriter writer;

	/** @param beforeStreaming writes the headers a body streamed must carry, before its first byte goes out */
	BufferedResponse(HttpServletResponse response, int limit, Runnable beforeStreaming) {
		super(response);
		this.limit = limit;
		this.beforeStreaming = beforeStreaming;
	}

	/** Whether the whole body is held (not streamed, no error sent): it can be kept and must still be sent. */
	boolean held() {
		return !this.passing && !this.error;
	}

	/** The body held (after {@link #finishStream}). */
	byte[] body() {
		return this.held.toByteArray();
	}

	/**
	 * Ends the body: what the writer still buffers is written (held, or streamed when it passes the limit), and what
	 * was streamed is sent to its end. What is held is for the caller to send.
	 */
	void finishStream() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		if (this.passing) {
			getResponse().flushBuffer();
		}
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.stream == null) {
			this.stream = new Held();
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			String encoding = getCharacterEncoding();
			this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
					encoding != null ? Charset.forName(encoding) : java.nio.charset.StandardCharsets.ISO_8859_1));
		}
		return this.writer;
	}

	@Override
	public void addHeader(String name, String value) {
		// the filter gives every read an ETag first; a controller's own (a resource's version) replaces it
		if (HttpHeaders.ETAG.equalsIgnoreCase(name)) {
			super.setHeader(name, value);
		}
		else {
			super.addHeader(name, value);
		}
	}

	@Override
	public void sendError(int status) throws IOException {
		this.error = true;
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		this.error = true;
		super.sendError(status, message);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		this.error = true;
		super.sendRedirect(location);
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.passing) {
			super.flushBuffer();
		}
	}

	@Override
	public boolean isCommitted() {
		return this.passing && super.isCommitted();
	}

	@Override
	public void resetBuffer() {
		if (!this.passing) {
			this.held.reset();
		}
		super.resetBuffer();
	}

	@Override
	public void reset() {
		if (!this.passing) {
			this.held.reset();
		}
		super.reset();
	}

	/** Stops holding the body back (a whole export past its first page): it goes out as it is written, not kept. */
	void stream() throws IOException {
		if (!this.passing && !this.error) {
			pass();
		}
	}

	private void pass() throws IOException {
		this.passing = true;
		this.beforeStreaming.run();
		ServletOutputStream out = getResponse().getOutputStream();
		this.held.writeTo(out);
		this.held = null;
	}

	private final class Held extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (!BufferedResponse.this.passing && BufferedResponse.this.held.size() + length > BufferedResponse.this.limit) {
				pass();
			}
			if (BufferedResponse.this.passing) {
				getResponse().getOutputStream().write(bytes, offset, length);
			}
			else {
				BufferedResponse.this.held.write(bytes, offset, length);
			}
		}

		@Override
		public void flush() throws IOException {
			if (BufferedResponse.this.passing) {
				getResponse().getOutputStream().flush();
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("reads are written synchronously");
		}

	}

}
