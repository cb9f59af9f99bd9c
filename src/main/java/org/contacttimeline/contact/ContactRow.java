package org.contacttimeline.contact;

import java.time.LocalDate;
import java.util.List;

import org.contacttimeline.source.ReportedDates;
import org.contacttimeline.source.SourceResponse;
import org.contacttimeline.web.Page.Cursor;

/**
 * A contact's own columns, a meeting's or a delegation visit's, as {@link ContactColumns} reads them.
 * {@link MeetingRow#toResponse} and {@link DelegationRow#toResponse} are the one mapping of each to its response,
 * for lists, exports and the revision history alike.
 */
public sealed interface ContactRow {

	long id();

	String slug();

	LocalDate startDate();

	/** The version its ETag is made from. */
	long version();

	/** {@code meeting} or {@code delegation}: what the timeline orders by after date and slug. */
	String type();

	/** The keyset position just after this row. */
	default Cursor cursor() {
		return new Cursor(startDate(), slug(), type());
	}

	/** A meeting's own columns, before its parts and sources are added. */
	record MeetingRow(long id, String slug, String title, LocalDate startDate, LocalDate endDate,
			String datePrecision, String status, MeetingResponse.Kind kind, MeetingResponse.Location location,
			MeetingResponse.DelegationRef delegation, String summary, List<String> topics, String notes,
			long version) implements ContactRow {

		@Override
		public String type() {
			return "meeting";
		}

		/** The meeting as the API shows it, with its parts and sources. */
		public MeetingResponse toResponse(List<String> countries, List<ParticipantResponse> participants,
				List<MeetingResponse.UnnamedParty> unnamedParties, List<SourceResponse> sources) {
			return new MeetingResponse(this.slug, this.title, this.startDate, this.endDate, this.datePrecision,
					this.status, this.kind, this.location, countries, participants, unnamedParties, this.delegation,
					this.summary, this.topics, sources, this.notes);
		}

	}

	/** A delegation visit's own columns, before its members and sources are added. */
	record DelegationRow(long id, String slug, String name, String sendingCountry, String hostCountry,
			LocalDate startDate, LocalDate endDate, String datePrecision, String purpose, String notes,
			ParticipantResponse head, long version) implements ContactRow {

		@Override
		public String type() {
			return "delegation";
		}

		/**
		 * The delegation as the API shows it. The head's role is the one recorded for them as a member, when they
		 * are one.
		 * @param meetings its meetings (the single view), or {@code null} (lists and revisions)
		 * @param moreMeetings where its meetings continue, or {@code null}
		 */
		public DelegationResponse toResponse(List<ParticipantResponse> members, List<ReportedDates> reportedDates,
				List<SourceResponse> sources, List<MeetingSummary> meetings, String moreMeetings) {
			ParticipantResponse head = (this.head == null) ? null : members.stream()
				.filter((member) -> member.slug().equals(this.head.slug()))
				.findFirst()
				.orElse(this.head);
			return new DelegationResponse(this.slug, this.name, this.sendingCountry, this.hostCountry, head, members,
					this.startDate, this.endDate, this.datePrecision, reportedDates, this.purpose, this.notes, sources,
					meetings, moreMeetings);
		}

	}

}
