package org.contacttimeline.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Answers with a whole export, written while it is read: it is not buffered (an export of a million meetings
 * would not fit), so its ETag is made from the data's version, the latest revision (every write makes one), and
 * the request; a client holding it gets a 304 without the export being read at all.
 */
@Component
public class Exports {

	/** How many entries an export reads at a time. */
	public static final int PAGE = 500;

	private final JdbcClient jdbc;

	Exports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// a read-only transaction, as each page is: where a replica answers public reads, the version comes from the
	// server the pages come from, and is read again on the primary should that replica go away
	@Transactional(readOnly = true)
	public <T> ResponseEntity<Streamed<T>> whole(HttpServletRequest request, Format format, Streamed<T> items) {
		ShallowEtagHeaderFilter.disableContentCaching(request);
		long version = this.jdbc.sql("select coalesce(max(id), 0) from revision").query(Long.class).single();
		String resource = format + " " + ServletUriComponentsBuilder.fromRequest(request).toUriString();
		String etag = "W/\"r" + version + "-" + DigestUtils.md5DigestAsHex(resource.getBytes()).substring(0, 16) + "\"";
		String ifNoneMatch = request.getHeader("If-None-Match");
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag.substring(2)) || ifNoneMatch.strip().equals("*"))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(items);
	}

}
