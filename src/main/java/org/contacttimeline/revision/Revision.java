package org.contacttimeline.revision;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One write transaction: its number, when it committed, and the editor who made it.
 */
@Entity
@RevisionEntity(EditorRevisionListener.class)
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	private Instant madeAt;

	private String editor;

	protected Revision() {
	}

	void madeBy(String editor) {
		this.editor = editor;
	}

	public long getId() {
		return this.id;
	}

	public Instant getMadeAt() {
		return this.madeAt;
	}

	public String getEditor() {
		return this.editor;
	}

}
