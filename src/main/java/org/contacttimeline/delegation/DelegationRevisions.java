package org.contacttimeline.delegation;

import java.util.Comparator;
import java.util.Locale;

import org.contacttimeline.official.Official;
import org.contacttimeline.contact.ContactRow.DelegationRow;
import org.contacttimeline.contact.DelegationResponse;
import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.official.Participation;
import org.contacttimeline.revision.AuditedResource;
import org.contacttimeline.revision.History;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.ReportedDates;

import org.springframework.stereotype.Component;

/**
 * The revision history of a delegation, each state shown as the API shows a delegation (without its meetings,
 * which have histories of their own).
 */
@Component
class DelegationRevisions extends AuditedResource<Delegation, DelegationResponse> {

	DelegationRevisions(History history, DelegationRepository delegations) {
		super(history, "delegation", Delegation.class, delegations);
	}

	/** The state after a revision, mapped as the read side maps it; the change feed shows the same. */
	@Override
	public DelegationResponse state(Delegation delegation) {
		Official head = delegation.getHead();
		DelegationRow row = new DelegationRow(delegation.getId(), delegation.getSlug(), delegation.getName(),
				delegation.getSendingCountry().getCode(), delegation.getHostCountry().getCode(),
				delegation.getDates().getStartDate(), delegation.getDates().getEndDate(),
				delegation.getDates().getDatePrecision().name().toLowerCase(Locale.ROOT), delegation.getPurpose(),
				delegation.getNotes(), (head != null) ? participant(head, "Head", null) : null, delegation.getVersion());
		return row.toResponse(
				Participation.responses(delegation.getMembers()),
				delegation.getReportedDates().stream()
					.sorted(Comparator.comparing(DelegationReportedDates::getId))
					.map((reported) -> new ReportedDates(reported.getStartDate(), reported.getEndDate(),
							reported.getSource().getPublisher(), reported.getSource().getHeadline(),
							reported.getQuote(), reported.getNote()))
					.toList(),
				Citation.responses(delegation.getCitations()),
				null, null);
	}

	private static ParticipantResponse participant(Official official, String role, String roleSource) {
		return new ParticipantResponse(official.getSlug(), official.getName(), official.getCountry().getCode(), role,
				roleSource);
	}

}
