package org.contacttimeline.delegation;


import jakarta.validation.Validator;
import org.contacttimeline.official.ParticipantRequest;
import org.contacttimeline.web.InvalidRequestException;

import org.springframework.stereotype.Component;

/**
 * Creates delegation visits that other modules propose, by the write path an editor's POST takes: the same request
 * checked by the same constraints and the same editor, with its revision recorded. Runs in the caller's transaction.
 */
@Component
public class DelegationProposals {

	private final DelegationEditor editor;

	private final Validator validator;

	DelegationProposals(DelegationEditor editor, Validator validator) {
		this.editor = editor;
		this.validator = validator;
	}

	/** Creates the delegation and returns its slug. */
	public String create(ProposedDelegation proposal) {
		DelegationRequest request = new DelegationRequest(proposal.slug(), proposal.name(), proposal.sendingCountry(),
				proposal.hostCountry(),
				proposal.head() != null ? DelegationRequest.Head.of(proposal.head()) : null,
				proposal.members().stream()
					.map((m) -> ParticipantRequest.proposed(m.official(), m.role()))
					.toList(),
				proposal.startDate(), proposal.endDate(), proposal.datePrecision(),
				proposal.reportedDates().stream()
					.map((d) -> new DelegationRequest.ReportedDates(d.startDate(), d.endDate(), d.source().source(),
							d.source().publisher(), d.source().headline(), d.source().author(), d.source().url(),
							d.source().publishedOn(), d.source().quote(), d.note()))
					.toList(),
				proposal.purpose(), proposal.notes(), proposal.sources());
		InvalidRequestException.check(this.validator.validate(request));
		return this.editor.create(request);
	}

}
