package org.contacttimeline.editing;

/**
 * A resource editors change through the API: found by its slug, changed only at the version the editor read.
 */
public interface Editable {

	String getSlug();

	long getVersion();

	/** Gives the resource another slug (checked for being free by {@link Editing}, and by the database). */
	void reslug(String slug);

}
