package org.contacttimeline.candidate;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, one at a time, each at most {@link #MAX_LENGTH} characters: a line longer than that (a file
 * with no line breaks, a record with a whole article in it) is skipped to its end and reported, never held whole, so
 * that reading takes the same memory whatever the file. Line breaks are {@code \n} or {@code \r\n}.
 */
final class Lines {

	/** The longest line kept, in characters. */
	static final int MAX_LENGTH = 1 << 20;

	private final Reader reader;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private long number;

	private boolean tooLong;

	Lines(Reader reader) {
		this.reader = reader;
	}

	/** The next line without its line break, {@code null} at the end; a line too long is returned as {@code ""}. */
	String next() throws IOException {
		StringBuilder line = null;
		this.tooLong = false;
		while (true) {
			if (this.position == this.limit) {
				this.limit = this.reader.read(this.buffer);
				this.position = 0;
				if (this.limit <= 0) {
					this.limit = 0;
					if (line == null && !this.tooLong) {
						return null;
					}
					this.number++;
					return this.tooLong ? "" : strip(line.toString());
				}
			}
			int start = this.position;
			while (this.position < this.limit && this.buffer[this.position] != '\n') {
				this.position++;
			}
			boolean ended = this.position < this.limit;
			int length = this.position - start;
			if (line == null) {
				if (ended) {
					this.position++;
					this.number++;
					return strip(new String(this.buffer, start, length));
				}
				line = new StringBuilder(Math.max(length * 2, 256));
			}
			if (!this.tooLong) {
				if (line.length() + length > MAX_LENGTH) {
					this.tooLong = true;
					line.setLength(0);
				}
				else {
					line.append(this.buffer, start, length);
				}
			}
			if (ended) {
				this.position++;
				this.number++;
				return this.tooLong ? "" : strip(line.toString());
			}
		}
	}

	/** The number of the line {@link #next} returned last, counting from 1. */
	long number() {
		return this.number;
	}

	/** Whether the line {@link #next} returned last was too long to keep. */
	boolean tooLong() {
		return this.tooLong;
	}

	private static String strip(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

}
