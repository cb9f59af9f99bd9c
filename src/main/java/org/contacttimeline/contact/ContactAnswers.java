package org.contacttimeline.contact;

import java.util.function.Function;


import org.contacttimeline.web.Exports;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How every list of contacts answers: a page (JSON, or an export of one page when {@code limit} is given) with its
 * {@code Link} to the next, or the whole filtered set as an export, read page by page while it is written.
 */
@Component
public class ContactAnswers {

	private final Exports exports;

	ContactAnswers(Exports exports) {
		this.exports = exports;
	}

	/** The answer to {@code filter}, whose pages {@code read} gives. */
	public <T> ResponseEntity<?> answer(ContactFilter filter,
			Function<ContactFilter, Page<T>> read) {
		if (filter.wholeExport()) {
			return this.exports.whole(filter.whole(read));
		}
		return Pages.ok(read.apply(filter));
	}

}
