package org.contacttimeline.meeting;

import java.util.List;

import jakarta.validation.Validator;
import org.contacttimeline.official.ParticipantRequest;
import org.contacttimeline.web.InvalidRequestException.FieldError;
import org.contacttimeline.web.InvalidRequestException;

import org.springframework.stereotype.Component;

/**
 * Creates meetings that other modules propose, by the write path an editor's POST takes: the same request checked
 * by the same constraints (a 400 naming each field out of form) and the same editor (a 422 for a broken rule, a 409
 * for a slug taken), with its revision recorded. Runs in the caller's transaction.
 */
@Component
public class MeetingProposals {

	private final MeetingEditor editor;

	private final Validator validator;

	MeetingProposals(MeetingEditor editor, Validator validator) {
		this.editor = editor;
		this.validator = validator;
	}

	/** Creates the meeting and returns its slug. */
	public String create(ProposedMeeting proposal) {
		MeetingRequest request = new MeetingRequest(proposal.slug(), proposal.title(), proposal.startDate(),
				proposal.endDate(), proposal.datePrecision(), proposal.status(), MeetingRequest.Kind.of(proposal.kind()),
				new MeetingRequest.Location(proposal.city(), proposal.venue(), proposal.country()), proposal.countries(),
				proposal.participants().stream()
					.map((p) -> ParticipantRequest.proposed(p.official(), p.role()))
					.toList(),
				proposal.unnamedParties().stream()
					.map((u) -> new MeetingRequest.UnnamedParty(u.description(), u.country()))
					.toList(),
				proposal.delegation() != null ? MeetingRequest.DelegationRef.of(proposal.delegation()) : null, null,
				List.of(), proposal.sources(), proposal.notes());
		InvalidRequestException.check(this.validator.validate(request));
		return this.editor.create(request);
	}

}
