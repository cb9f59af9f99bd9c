package org.contacttimeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import org.contacttimeline.contact.Contact;
import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.RequestView;
import org.contacttimeline.web.Page.Streamed;

import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes a page or a whole stream of contacts (meetings, delegation visits, timeline entries) in one export format,
 * each as the timeline entry it is, so that every format has one shape for every list. A whole list is bounded by
 * {@link ExportBound}; one that fails after its first byte ends with a line that says so, where the format has room
 * for one, and then the connection is cut without the last chunk, so that no client takes it for a whole file. A
 * whole list whose client goes away stops within a second ({@link WatchedOutput}).
 */
abstract class ExportConverter extends AbstractHttpMessageConverter<Object> {

	private final String extension;

	private final ExportBound bound;

	ExportConverter(MediaType mediaType, String extension, ExportBound bound) {
		super(java.nio.charset.StandardCharsets.UTF_8, mediaType);
		this.extension = extension;
		this.bound = bound;
	}

	@Override
	protected boolean supports(Class<?> type) {
		return Page.class.isAssignableFrom(type) || Streamed.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected Object readInternal(Class<?> type, org.springframework.http.HttpInputMessage input) {
		throw new HttpMessageNotReadableException("Exports are written, not read", input);
	}

	@Override
	protected void writeInternal(Object list, HttpOutputMessage output) throws IOException {
		output.getHeaders().setContentDisposition(org.springframework.http.ContentDisposition.attachment()
			.filename(fileName() + "." + this.extension)
			.build());
		Iterator<TimelineEntry> entries = entries(list);
		OutputStream body = output.getBody();
		if (output instanceof ServletServerHttpResponse servlet) {
			// the body Spring gives ignores flush(): the export flushes its pages to the client
			body = servlet.getServletResponse().getOutputStream();
		}
		WatchedOutput watched = this.bound.watch(body);
		Writer writer = new OutputStreamWriter(watched, StandardCharsets.UTF_8);
		if (list instanceof Streamed<?>) {
			entries = paged(this.bound.apply(entries), writer, watched);
		}
		try {
			write(entries, writer);
			writer.flush();
			watched.finish();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (RuntimeException ex) {
			if (watched.gone() != null) {
				// the client has gone, and its statement was cancelled: nobody is left to read a last line
				watched.gone().addSuppressed(ex);
				throw watched.gone();
			}
			// a failure after the first byte: mark the end of what was written, then let the stream be cut off
			try {
				failed(writer, "The export failed here and is incomplete ("
						+ (ex instanceof Streamed.Overran ? ex.getMessage() : "the database could not go on") + "); ask again, "
						+ "or narrow the filter.");
				writer.flush();
				watched.finish();
			}
			catch (IOException | RuntimeException unwritable) {
				ex.addSuppressed(unwritable);
			}
			throw ex;
		}
		finally {
			watched.stop();
		}
	}

	/**
	 * The entries of a whole list, sent page by page: what a page made is flushed to the client before the next page is
	 * read, and after the first page the answer is no longer held back to be kept but goes out as written, watched for
	 * a client that has gone. A list of one page is held, and kept, as any answer.
	 */
	private static Iterator<TimelineEntry> paged(Iterator<TimelineEntry> entries, Writer writer, WatchedOutput watched) {
		return new Iterator<>() {

			private int written;

			private int flushedAt;

			@Override
			public boolean hasNext() {
				if (this.written > 0 && this.written % Streamed.PAGE == 0 && this.flushedAt != this.written) {
					this.flushedAt = this.written;
					try {
						writer.flush();
						if (this.written == Streamed.PAGE) {
							if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
								RequestView.Holding.release(attributes.getRequest());
							}
							watched.watch();
						}
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
				return entries.hasNext();
			}

			@Override
			public TimelineEntry next() {
				this.written++;
				return entries.next();
			}

		};
	}

	/** Writes the entries; the iterator may read more pages from the database as it goes. */
	abstract void write(Iterator<TimelineEntry> entries, Writer out) throws IOException;

	/** Writes the line that marks an export cut off by a failure, where the format has room for one. */
	abstract void failed(Writer out, String why) throws IOException;

	private static Iterator<TimelineEntry> entries(Object body) {
		Iterable<?> items = (body instanceof Page<?> page) ? page.items() : ((Streamed<?>) body).items();
		Iterator<?> iterator = items.iterator();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return iterator.hasNext();
			}

			@Override
			public TimelineEntry next() {
				return ((Contact) iterator.next()).asEntry();
			}
		};
	}

	/** {@code meetings} or {@code timeline}, after the list asked for, with the dates it was filtered to. */
	private static String fileName() {
		String name = "contact-timeline";
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			var request = attributes.getRequest();
			String uri = org.contacttimeline.web.RequestView.path(request);
			name = uri.substring(uri.lastIndexOf('/') + 1);
			for (String parameter : new String[] { "date", "from", "to" }) {
				String value = request.getParameter(parameter);
				if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
					name += "_" + parameter + "-" + value;
				}
			}
		}
		return name;
	}

}
