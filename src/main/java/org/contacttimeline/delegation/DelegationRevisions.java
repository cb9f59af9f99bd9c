package org.contacttimeline.delegation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.contacttimeline.official.Official;
import org.contacttimeline.official.ParticipantResponse;
import org.contacttimeline.revision.History;
import org.contacttimeline.revision.RevisionResponse;
import org.contacttimeline.source.Citation;
import org.contacttimeline.source.ReportedDates;
import org.contacttimeline.source.SourceResponse;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision history of a delegation, each state shown as the API shows a delegation (without its meetings,
 * which have histories of their own).
 */
@Component
class DelegationRevisions {

	private final History history;

	DelegationRevisions(History history) {
		this.history = history;
	}

	@Transactional(readOnly = true)
	List<RevisionResponse<DelegationResponse>> of(String slug) {
		return this.history.of(Delegation.class, slug, DelegationRevisions::state);
	}

	private static DelegationResponse state(Delegation delegation) {
		List<ParticipantResponse> members = delegation.getMembers().stream()
			.sorted(Comparator.comparingInt(DelegationMember::getOrdinal))
			.map((member) -> participant(member.getOfficial(), member.getRole(), member.getRoleSource()))
			.toList();
		// as in the read model: the head's role is the one recorded for them as a member, when they are one
		Official head = delegation.getHead();
		ParticipantResponse headResponse = (head == null) ? null : members.stream()
			.filter((member) -> member.slug().equals(head.getSlug()))
			.findFirst()
			.orElseGet(() -> participant(head, "Head", null));
		return new DelegationResponse(delegation.getSlug(), delegation.getName(),
				delegation.getSendingCountry().getCode(), delegation.getHostCountry().getCode(), headResponse, members,
				delegation.getStartDate(), delegation.getEndDate(),
				delegation.getDatePrecision().name().toLowerCase(Locale.ROOT),
				delegation.getReportedDates().stream()
					.sorted(Comparator.comparing(DelegationReportedDates::getId))
					.map((reported) -> new ReportedDates(reported.getStartDate(), reported.getEndDate(),
							reported.getSource().getPublisher(), reported.getSource().getHeadline(),
							reported.getQuote(), reported.getNote()))
					.toList(),
				delegation.getPurpose(), delegation.getNotes(),
				delegation.getCitations().stream()
					.sorted(Comparator.comparingInt(Citation::getOrdinal).thenComparing(Citation::getId))
					.map(DelegationRevisions::source)
					.toList(),
				null);
	}

	private static ParticipantResponse participant(Official official, String role, String roleSource) {
		return new ParticipantResponse(official.getSlug(), official.getName(), official.getCountry().getCode(), role,
				roleSource);
	}

	private static SourceResponse source(Citation citation) {
		return SourceResponse.of(citation);
	}

}
