package org.contacttimeline.contact;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CAMEO codes a contact can be classified by, as the {@code meeting_kind} table holds them: reference data that
 * only migrations change, read once.
 */
@Component
public class MeetingKinds {

	private final JdbcClient jdbc;

	private volatile List<MeetingResponse.Kind> all;

	MeetingKinds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every kind, by code. */
	public List<MeetingResponse.Kind> all() {
		List<MeetingResponse.Kind> known = this.all;
		if (known == null) {
			known = this.jdbc.sql("select code, label from meeting_kind order by code").query(MeetingResponse.Kind.class).list();
			this.all = known;
		}
		return known;
	}

	/** Every code, in order, for a problem that rejects an unknown one. */
	public List<String> codes() {
		return all().stream().map(MeetingResponse.Kind::code).toList();
	}

}
