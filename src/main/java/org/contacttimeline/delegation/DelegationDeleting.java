package org.contacttimeline.delegation;

/**
 * Published inside the transaction that deletes a delegation, before its row goes: what refers to it (its meetings)
 * can let go of it there, visibly to their own history, without the delegation knowing them.
 *
 * @param delegationId the id of the delegation being deleted
 */
public record DelegationDeleting(long delegationId) {
}
