package org.contacttimeline.candidate;

/**
 * Accepts the proposed groups of an origin whose groups hold more than machine-coded events can (an article's
 * proposals, with their people and quotes): the module that proposed them makes the contact. Called by the review
 * in its transaction, with the group locked and still proposed; a rule broken by the contact is a problem (4xx) and
 * accepts nothing.
 */
public interface ProposalAcceptor {

	/** The origin whose groups it accepts ({@code article}). */
	String origin();

	/** Makes the contact of a proposed group, whose proposal is given as it was stored, and says what it made. */
	Accepted accept(long group, String proposal, Acceptance acceptance, String editor);

	/**
	 * What the editor asked for in accepting.
	 *
	 * @param title the title to give the contact, or {@code null} for the proposal's
	 * @param slug the slug to give it, or {@code null} to make one
	 * @param createOfficials whether people the timeline does not know are created as officials (else each is kept
	 * as an unnamed party, described by the words that name them)
	 */
	record Acceptance(String title, String slug, boolean createOfficials) {
	}

	/** What accepting made: a {@code meeting} or a {@code delegation}, and its slug. */
	record Accepted(String type, String slug) {
	}

}
