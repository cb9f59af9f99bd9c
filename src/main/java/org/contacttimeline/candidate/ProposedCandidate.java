package org.contacttimeline.candidate;

/**
 * A candidate group where it stands in review.
 *
 * @param state {@code proposed}, {@code corroborating}, {@code accepted} or {@code rejected}
 * @param type {@code meeting} or {@code delegation}: what it corroborates or became, or {@code null}
 * @param slug the slug of that meeting or delegation, or {@code null}
 * @param proposal the proposal as stored (JSON)
 */
public record ProposedCandidate(long id, String state, String type, String slug, String proposal) {
}
