package org.contacttimeline.revision;

import org.springframework.transaction.annotation.Transactional;

import org.contacttimeline.editing.Editable;
import org.contacttimeline.editing.SlugRepository;
import org.contacttimeline.web.Page;

/**
 * A kind of resource whose changes are kept: its {@code /revisions} endpoint and the change feed
 * ({@code /api/v1/changes}) show each state with the same mapping, {@link #state}. Each resource's module declares
 * one as a bean.
 *
 * @param <E> the audited entity
 * @param <R> the resource as the API shows it
 */
public abstract class AuditedResource<E extends Editable, R> {

	private final History history;

	private final String type;

	private final Class<E> audited;

	private final SlugRepository<E> resources;

	/**
	 * @param type what the feed calls it: {@code meeting}, {@code delegation}, {@code official}, {@code source}
	 * @param audited the entity whose revisions Envers records
	 * @param resources the resources of the kind as they are now
	 */
	protected AuditedResource(History history, String type, Class<E> audited, SlugRepository<E> resources) {
		this.history = history;
		this.type = type;
		this.audited = audited;
		this.resources = resources;
	}

	/**
	 * Every revision of the resource that ever had {@code slug}, newest first, also after it was deleted.
	 * @throws org.springframework.web.ErrorResponseException 404 when no resource ever had the slug
	 */
	@Transactional(readOnly = true, transactionManager = "transactionManager")
	public Page<RevisionResponse<R>> of(String slug) {
		return this.history.of(this.audited, this.type, slug, this::state, this.resources::existsBySlug);
	}

	public String type() {
		return this.type;
	}

	public Class<E> audited() {
		return this.audited;
	}

	/** The resource as the API shows it, from the entity as a revision left it. */
	public abstract R state(E entity);

}
