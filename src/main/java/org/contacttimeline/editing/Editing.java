package org.contacttimeline.editing;

import org.contacttimeline.db.DataVersion;
import org.contacttimeline.web.Problems;

/**
 * The steps every write takes on a kind of resource, each written once: the resource to change is locked and must be
 * at the version the editor read; a new slug must be free. What a write resolves and applies stays with each
 * resource's editor.
 *
 * @param kind what the resource is called in messages, e.g. {@code meeting}
 * @param list the path of its list, e.g. {@code /api/v1/meetings}
 * @param resources the resources of the kind, by slug
 * @param version the data version, claimed before the resource is locked (see {@link DataVersion#claim})
 */
public record Editing<E extends Editable>(String kind, String list, SlugRepository<E> resources, DataVersion version) {

	/**
	 * The resource to change, locked until the transaction ends, so that concurrent editors take turns.
	 * @throws org.springframework.web.ErrorResponseException when there is none
	 * @throws org.springframework.web.server.ResponseStatusException 428 without If-Match, 412 when it names
	 * another version
	 */
	public E lockAt(String slug, String ifMatch) {
		// writers queue on the data version first, so that none waits for a row another holds while holding the
		// version the other waits for; a refused write rolls the claim back with everything else
		this.version.claim();
		E resource = this.resources.lockBySlug(slug).orElseThrow(() -> Problems.notFound(this.kind, slug));
		Preconditions.checkIfMatch(ifMatch, resource.getVersion());
		return resource;
	}

	/**
	 * The slug of a new resource: the one the request gives, else the one made from its title.
	 * @throws org.springframework.web.ErrorResponseException when it is taken, saying what to do instead
	 */
	public String newSlug(String given, String made) {
		String slug = (given != null) ? given : made;
		if (this.resources.existsBySlug(slug)) {
			throw Problems.conflict(named() + " with slug '" + slug + "' exists already; "
					+ (given != null ? "choose another slug" : "give the new " + this.kind + " a slug of its own")
					+ ", or change that " + this.kind + " with PUT " + this.list + "/" + slug + ".");
		}
		return slug;
	}

	private String named() {
		return ("aeiou".indexOf(this.kind.charAt(0)) >= 0 ? "An " : "A ") + this.kind;
	}

	/**
	 * Gives the resource the slug a replacement asks for, when it asks for another one.
	 * @throws org.springframework.web.ErrorResponseException when that slug is taken
	 */
	public void reslug(E resource, String requested) {
		if (requested != null && !requested.equals(resource.getSlug())) {
			if (this.resources.existsBySlug(requested)) {
				throw Problems.conflict(named() + " with slug '" + requested + "' exists already; choose another slug.");
			}
			resource.reslug(requested);
		}
	}

}
