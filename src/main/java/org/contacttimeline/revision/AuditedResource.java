package org.contacttimeline.revision;

import org.contacttimeline.editing.Editable;

/**
 * A kind of resource whose changes the change feed ({@code /api/v1/changes}) lists, declared by the resource's own
 * module with the same mapping its {@code /revisions} endpoint shows each state with.
 *
 * @param <E> the audited entity
 */
public interface AuditedResource<E extends Editable> {

	/** What the feed calls it: {@code meeting}, {@code delegation}, {@code official}, {@code source}. */
	String type();

	/** The entity whose revisions Envers records. */
	Class<E> audited();

	/** The resource as the API shows it, from the entity as a revision left it. */
	Object state(E entity);

}
