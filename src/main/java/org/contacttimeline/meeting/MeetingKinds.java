package org.contacttimeline.meeting;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CAMEO codes a meeting can be classified by, as the {@code meeting_kind} table holds them.
 */
@Component
class MeetingKinds {

	private final JdbcClient jdbc;

	MeetingKinds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every kind, by code. */
	List<MeetingResponse.Kind> all() {
		return this.jdbc.sql("select code, label from meeting_kind order by code").query(MeetingResponse.Kind.class).list();
	}

	/** Every code, in order, for the problem that rejects an unknown one. */
	List<String> codes() {
		return all().stream().map(MeetingResponse.Kind::code).toList();
	}

}
