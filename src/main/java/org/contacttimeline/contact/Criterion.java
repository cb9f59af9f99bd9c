package org.contacttimeline.contact;

import java.time.Instant;
import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.Param;

import org.contacttimeline.web.TextSearch;

import org.contacttimeline.contact.Tables.Delegations;
import org.contacttimeline.contact.Tables.Meetings;
import org.contacttimeline.contact.Tables.Members;
import org.contacttimeline.contact.Tables.Officials;
import org.contacttimeline.contact.Tables.Participants;
import org.contacttimeline.contact.Tables.Sides;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.noCondition;

/**
 * One filter of a contact list other than its period, each written once, in every form a query needs:
 * <ul>
 * <li>{@link #onMeeting}: the condition on a meeting {@code m} where the planner picks how to read it (a semi-join
 * that may be driven from the filter's own index);</li>
 * <li>{@link #onCandidate}: the same condition tested on each of a few candidates another index found (the meetings
 * still under way on a day, a thousand at most), where a semi-join could read all of a big country's sides to find
 * the few among them;</li>
 * <li>{@link #onDelegation}: the same filter on a delegation visit {@code d}, whose sides are its sending and host
 * country and whose people are its members.</li>
 * </ul>
 */
sealed interface Criterion {

	Condition onMeeting(Meetings m);

	default Condition onCandidate(Meetings m) {
		return onMeeting(m);
	}

	Condition onDelegation(Delegations d);

	/** A country taking part: one of a meeting's sides, a delegation's sending or host country. */
	record Country(Param<String> code) implements Criterion {

		static Country of(int index, String code) {
			return new Country(param("country" + index, code));
		}

		@Override
		public Condition onMeeting(Meetings m) {
			Sides side = Sides.as("mc");
			return exists(selectOne().from(side.table())
				.where(side.meetingId().eq(m.id()))
				.and(side.countryCode().eq(this.code)));
		}

		@Override
		public Condition onCandidate(Meetings m) {
			Sides side = Sides.as("mc");
			return this.code.eq(any(array(select(side.countryCode()).from(side.table()).where(side.meetingId().eq(m.id())))));
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return this.code.in(d.sendingCountry(), d.hostCountry());
		}

	}

	/** The country of the place: a meeting's location, a delegation's host. */
	record Host(Param<String> code) implements Criterion {

		@Override
		public Condition onMeeting(Meetings m) {
			return m.locationCountry().eq(this.code);
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return d.hostCountry().eq(this.code);
		}

	}

	/** An official taking part: a meeting's participant, a delegation's member or head. */
	record Official(Param<String> slug) implements Criterion {

		@Override
		public Condition onMeeting(Meetings m) {
			Participants p = Participants.as("mp");
			Officials o = Officials.as("po");
			return exists(selectOne().from(p.table())
				.join(o.table()).on(o.id().eq(p.officialId()))
				.where(p.meetingId().eq(m.id()))
				.and(o.slug().eq(this.slug)));
		}

		@Override
		public Condition onDelegation(Delegations d) {
			Members dm = Members.as("dm");
			Officials o = Officials.as("mo");
			return exists(selectOne().from(dm.table())
				.join(o.table()).on(o.id().eq(dm.officialId()))
				.where(dm.delegationId().eq(d.id()))
				.and(o.slug().eq(this.slug)));
		}

	}

	/** The delegation a meeting belongs to; the delegation visit itself. */
	record Delegation(Param<String> slug) implements Criterion {

		@Override
		public Condition onMeeting(Meetings m) {
			Delegations d = Delegations.as("md");
			return m.delegationId().eq(field(select(d.id()).from(d.table()).where(d.slug().eq(this.slug))));
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return d.slug().eq(this.slug);
		}

	}

	/** Whether a meeting was held, planned, ...; a delegation visit is held. */
	record Status(MeetingStatus status) implements Criterion {

		@Override
		public Condition onMeeting(Meetings m) {
			return m.status().eq(param("status", this.status.value()));
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return (this.status == MeetingStatus.HELD) ? noCondition() : falseCondition();
		}

	}

	/** The CAMEO kind of a meeting; a delegation visit has none. */
	record Kind(Param<String> code) implements Criterion {

		@Override
		public Condition onMeeting(Meetings m) {
			return m.kindCode().eq(this.code);
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return falseCondition();
		}

	}

	/**
	 * Text in what a contact says of itself and of its people, in either script, ignoring case and accents: the
	 * substring is searched in the contact's search document (kept by the database, see V9), through its trigram
	 * index.
	 */
	record Text(Param<String> pattern) implements Criterion {

		static Text of(String q) {
			return new Text(TextSearch.pattern(q));
		}

		@Override
		public Condition onMeeting(Meetings m) {
			return TextSearch.matches(m.search(), this.pattern);
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return TextSearch.matches(d.search(), this.pattern);
		}

	}

	/**
	 * Changed at or after an instant: its own fields or parts (the time kept by the database, see V41, indexed with
	 * the id). The instant is the one value written into the SQL rather than bound: the planner must see it to choose
	 * between that index (a recent instant, few contacts) and the ways the other filters read (an old one, nearly
	 * all), and a poller asks with a new instant each time, so a cached plan would gain nothing.
	 */
	record UpdatedSince(Instant since) implements Criterion {

		@Override
		public Condition onMeeting(Meetings m) {
			return m.updatedAt().ge(inline(this.since));
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return d.updatedAt().ge(inline(this.since));
		}

	}

	/** Overlapping {@code [from, to]} as a plain condition, when a day is the period that drives the query. */
	record Overlap(Param<LocalDate> from, Param<LocalDate> to) implements Criterion {

		@Override
		public Condition onMeeting(Meetings m) {
			return overlap(m.startDate(), m.endDate());
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return overlap(d.startDate(), d.endDate());
		}

		private Condition overlap(org.jooq.Field<LocalDate> start, org.jooq.Field<LocalDate> end) {
			return condition("daterange({0}, {1}, '[]') && daterange({2}, {3}, '[]')", start, end, this.from, this.to);
		}

	}

}
