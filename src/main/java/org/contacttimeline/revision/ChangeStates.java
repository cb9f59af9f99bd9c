package org.contacttimeline.revision;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import tools.jackson.databind.json.JsonMapper;

import org.contacttimeline.editing.Editable;
import org.contacttimeline.revision.ChangeRows.ChangeRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The state of each change as the change feed shows it: the resource as its {@code /revisions} endpoint maps it from
 * the entity Envers reads at that revision, as JSON. Reading it costs statements for each of the resource's parts, so
 * it is read once and kept (table {@code change_state}): in the transaction that writes the change
 * ({@link KeepStatesOnWrite}), and at start-up for history written before or without the API
 * ({@link KeepStatesAtStart}). A state not kept yet is read when it is shown, the same way.
 */
@Component
class ChangeStates {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChangeStates.class);

	private final Map<String, AuditedResource<?, ?>> resources;

	private final ChangeRows changes;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ChangeStates(List<AuditedResource<?, ?>> resources, ChangeRows changes, JdbcClient jdbc, JsonMapper json) {
		this.resources = resources.stream().collect(Collectors.toMap(AuditedResource::type, Function.identity()));
		this.changes = changes;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The state after the change as JSON, read from the history; {@code null} when the history cannot show it (a
	 * record it refers to was written without the API, so no revision holds it).
	 */
	String read(AuditReader reader, ChangeRow change) {
		return read(reader, this.resources.get(change.type()), change);
	}

	private <E extends Editable> String read(AuditReader reader, AuditedResource<E, ?> resource, ChangeRow change) {
		try {
			E entity = reader.find(resource.audited(), change.id(), change.revision());
			return this.json.writeValueAsString(resource.state(entity));
		}
		catch (EntityNotFoundException ex) {
			// the change is listed all the same, without its state
			log.warn("No state of {} {} at revision {}: {}", change.type(), change.slug(), change.revision(), ex.getMessage());
			return null;
		}
	}

	/**
	 * Reads and keeps the states not kept yet of a page of {@code rows} changes after revision {@code since} (after
	 * {@code after}, when given); the place of the page's last change, or {@code null} when no change follows it.
	 */
	ChangeCursor keep(EntityManager entityManager, long since, ChangeCursor after, int rows) {
		AuditReader reader = AuditReaderFactory.get(entityManager);
		List<ChangeRow> page = this.changes.after(since, after, rows);
		for (ChangeRow change : page) {
			if (change.stateMissing()) {
				this.jdbc.sql("insert into change_state (rev, type, id, state) values (?, ?, ?, ?::json) on conflict do nothing")
					.params(change.revision(), change.type(), change.id(), read(reader, change))
					.update();
			}
		}
		return (page.size() < rows) ? null : page.get(page.size() - 1).place();
	}

}
