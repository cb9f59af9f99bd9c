package org.contacttimeline.candidate;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.contacttimeline.web.InvalidRequestException;

/**
 * A file of events as sent, read once from its first byte to its last: zipped as GDELT publishes it (one file in a
 * zip archive) or plain, its format told from its content (a first line that is a JSON object: PLOVER; one with tabs:
 * GDELT), its SHA-256 computed on the way. What makes it no file of events at all (empty, of another format, a
 * damaged or truncated archive) is an {@link InvalidRequestException} on {@code file}.
 */
final class EventFile {

	private static final String ACCEPTED = "accepted: a GDELT 2.0 events export (61 tab-separated columns, "
			+ "*.export.CSV.zip as published, or unzipped) or POLECAT/PLOVER records as JSON lines";

	private final DigestInputStream digest;

	private final ZipInputStream zip;

	private final Lines lines;

	private final Origin format;

	private String pending;

	private long bytes;

	private EventFile(DigestInputStream digest, ZipInputStream zip, Lines lines, Origin format, String first) {
		this.digest = digest;
		this.zip = zip;
		this.lines = lines;
		this.format = format;
		this.pending = first;
	}

	/** Opens a file of events and tells its format from its first line. */
	static EventFile open(InputStream raw) throws IOException {
		DigestInputStream digest = new DigestInputStream(raw, sha256());
		BufferedInputStream in = new BufferedInputStream(digest, 1 << 16);
		in.mark(4);
		byte[] magic = in.readNBytes(4);
		in.reset();
		if (magic.length == 0) {
			throw bad("is empty; " + ACCEPTED);
		}
		ZipInputStream zip = null;
		InputStream content = in;
		if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
			ZipInputStream archive = new ZipInputStream(in, StandardCharsets.UTF_8);
			zip = archive;
			ZipEntry entry = damaged(archive::getNextEntry, 0);
			if (entry == null) {
				throw bad("is a zip archive with no file in it; " + ACCEPTED);
			}
			content = zip;
		}
		else if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
			throw bad("is gzip-compressed; send the zip archive as GDELT publishes it, or the file unzipped");
		}
		Lines lines = new Lines(new InputStreamReader(content, StandardCharsets.UTF_8));
		EventFile file = new EventFile(digest, zip, lines, null, null);
		String first = file.firstLine();
		if (first == null) {
			throw bad((zip != null ? "holds an empty file; " : "is empty; ") + ACCEPTED);
		}
		Origin format;
		if (first.startsWith("{")) {
			format = Origin.PLOVER;
		}
		else if (first.indexOf('\t') >= 0) {
			format = Origin.GDELT;
		}
		else {
			throw bad("is neither format: its first line begins \"" + printable(first) + "\"; " + ACCEPTED);
		}
		return new EventFile(digest, zip, lines, format, first);
	}

	Origin format() {
		return this.format;
	}

	/** The next line, {@code null} after the last; {@code ""} for a line too long to read. */
	String next() throws IOException {
		if (this.pending != null) {
			String first = this.pending;
			this.pending = null;
			return first;
		}
		return damaged(this.lines::next, this.lines.number());
	}

	/** The number of the line {@link #next} returned last, from 1, blank lines included. */
	long lineNumber() {
		return this.lines.number();
	}

	boolean lineTooLong() {
		return this.lines.tooLong();
	}

	/**
	 * Reads what follows the last line (the rest of a zip archive, which must hold no second file) and returns the
	 * SHA-256 of the whole file, as lower-case hex.
	 */
	String finish() throws IOException {
		if (this.zip != null && damaged(this.zip::getNextEntry, this.lines.number()) != null) {
			throw bad("is a zip archive with more than one file in it; send one file per import");
		}
		damaged(() -> this.digest.transferTo(OutputStream.nullOutputStream()), this.lines.number());
		return HexFormat.of().formatHex(this.digest.getMessageDigest().digest());
	}

	private String firstLine() throws IOException {
		String line;
		do {
			line = damaged(this.lines::next, this.lines.number());
		}
		while (line != null && line.isBlank() && !this.lines.tooLong());
		if (line != null && line.startsWith("\uFEFF")) {
			line = line.substring(1);
		}
		return line;
	}

	/** Runs a read, turning what a damaged or cut-off zip archive throws into the problem that says so. */
	private static <T> T damaged(Read<T> read, long line) throws IOException {
		try {
			return read.run();
		}
		catch (ZipException | EOFException ex) {
			throw bad("is a damaged or truncated zip archive (" + (line > 0 ? "after line " + line : "at its start")
					+ ": " + ex.getMessage() + "); nothing was imported");
		}
	}

	private static InvalidRequestException bad(String message) {
		return new InvalidRequestException("file", message, null);
	}

	private static String printable(String line) {
		String shown = line.length() > 40 ? line.substring(0, 40) : line;
		return shown.replaceAll("[\\p{Cntrl}\\p{Cs}\uFFFD]", "?");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	@FunctionalInterface
	private interface Read<T> {

		T run() throws IOException;

	}

}
