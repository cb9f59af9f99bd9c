package org.contacttimeline.delegation;

import java.util.Comparator;
import java.util.Locale;

import org.contacttimeline.official.Official;
import org.contacttimeline.contact.ContactRow.DelegationRow;
import org.contacttimeline.contact.DelegationResponse;
import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.revision.AuditedResource;
import org.contacttimeline.revision.History;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.web.Page;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.ReportedDates;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision history of a delegation, each state shown as the API shows a delegation (without its meetings,
 * which have histories of their own).
 */
@Component
class DelegationRevisions implements AuditedResource<Delegation> {

	private final History history;

	private final DelegationRepository delegations;

	DelegationRevisions(History history, DelegationRepository delegations) {
		this.history = history;
		this.delegations = delegations;
	}

	@Transactional(readOnly = true, transactionManager = "transactionManager")
	Page<RevisionResponse<DelegationResponse>> of(String slug) {
		return this.history.of(Delegation.class, "delegation", slug, this::state, this.delegations::existsBySlug);
	}

	@Override
	public String type() {
		return "delegation";
	}

	@Override
	public Class<Delegation> audited() {
		return Delegation.class;
	}

	/** The state after a revision, mapped as the read side maps it; the change feed shows the same. */
	@Override
	public DelegationResponse state(Delegation delegation) {
		Official head = delegation.getHead();
		DelegationRow row = new DelegationRow(delegation.getId(), delegation.getSlug(), delegation.getName(),
				delegation.getSendingCountry().getCode(), delegation.getHostCountry().getCode(),
				delegation.getStartDate(), delegation.getEndDate(),
				delegation.getDatePrecision().name().toLowerCase(Locale.ROOT), delegation.getPurpose(),
				delegation.getNotes(), (head != null) ? participant(head, "Head", null) : null, delegation.getVersion());
		return row.toResponse(
				delegation.getMembers().stream()
					.sorted(Comparator.comparingInt(DelegationMember::getOrdinal))
					.map((member) -> participant(member.getOfficial(), member.getRole(), member.getRoleSource()))
					.toList(),
				delegation.getReportedDates().stream()
					.sorted(Comparator.comparing(DelegationReportedDates::getId))
					.map((reported) -> new ReportedDates(reported.getStartDate(), reported.getEndDate(),
							reported.getSource().getPublisher(), reported.getSource().getHeadline(),
							reported.getQuote(), reported.getNote()))
					.toList(),
				delegation.getCitations().stream()
					.sorted(Comparator.comparingInt(Citation::getOrdinal).thenComparing(Citation::getId))
					.map(Citation::toResponse)
					.toList(),
				null, null);
	}

	private static ParticipantResponse participant(Official official, String role, String roleSource) {
		return new ParticipantResponse(official.getSlug(), official.getName(), official.getCountry().getCode(), role,
				roleSource);
	}


}
