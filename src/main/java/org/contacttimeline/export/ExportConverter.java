package org.contacttimeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import org.contacttimeline.contact.Contact;
import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Streamed;

import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes a page or a whole stream of contacts (meetings, delegation visits, timeline entries) in one export format,
 * each as the timeline entry it is, so that every format has one shape for every list.
 */
abstract class ExportConverter extends AbstractHttpMessageConverter<Object> {

	private final String extension;

	ExportConverter(MediaType mediaType, String extension) {
		super(java.nio.charset.StandardCharsets.UTF_8, mediaType);
		this.extension = extension;
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
	protected void writeInternal(Object body, HttpOutputMessage output) throws IOException {
		output.getHeaders().setContentDisposition(org.springframework.http.ContentDisposition.attachment()
			.filename(fileName() + "." + this.extension)
			.build());
		write(entries(body), output.getBody());
	}

	/** Writes the entries; the iterator may read more pages from the database as it goes. */
	abstract void write(Iterator<TimelineEntry> entries, OutputStream out) throws IOException;

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
