package org.contacttimeline.contact.internal;

import org.contacttimeline.contact.internal.Tables.Delegations;
import org.contacttimeline.contact.MeetingStatus;
import org.contacttimeline.contact.internal.Tables.Meetings;
import org.contacttimeline.contact.internal.Tables.Members;
import org.contacttimeline.contact.internal.Tables.Officials;
import org.contacttimeline.contact.internal.Tables.Participants;
import java.time.Instant;
import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;

import org.contacttimeline.db.TextSearch;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

/**
 * One filter of a contact list other than its period, each written once, in the forms a query needs:
 * <ul>
 * <li>on a meeting {@code m}: either a <b>facet</b> of the meeting ({@link #facet}: {@code c:RU} for a side,
 * {@code h:RU} for its host, {@code s:held}, {@code k:040}), which the query tests together with the others in one
 * containment on the meeting's facets (a covering index in timeline order holds them, and a GIN index; migration
 * V10), or a condition of its own ({@link #onMeeting});</li>
 * <li>on a delegation visit {@code d} ({@link #onDelegation}), whose sides are its sending and host country, whose
 * people its head and members, and which counts as held.</li>
 * </ul>
 */
sealed interface Criterion {

	/** The facet of a meeting this filter asks for, or {@code null} when it is tested otherwise. */
	default String facet() {
		return null;
	}

	/** The condition on a meeting, for a filter that is not a facet. */
	default Condition onMeeting(Meetings m) {
		return noCondition();
	}

	Condition onDelegation(Delegations d);

	/** Every facet given, all in one test: {@code m.facets @> array[...]}. */
	static Condition hasFacets(Field<String[]> facets, String[] wanted) {
		return (wanted.length == 0) ? noCondition() : facets.contains(param("facets", wanted));
	}

	/** A country taking part: one of a meeting's sides, a delegation's sending or host country. */
	record Country(Param<String> code) implements Criterion {

		static Country of(int index, String code) {
			return new Country(param("country" + index, code));
		}

		@Override
		public String facet() {
			return "c:" + this.code.getValue();
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return this.code.in(d.sendingCountry(), d.hostCountry());
		}

	}

	/** The country of the place: a meeting's location, a delegation's host. */
	record Host(Param<String> code) implements Criterion {

		@Override
		public String facet() {
			return "h:" + this.code.getValue();
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return d.hostCountry().eq(this.code);
		}

	}

	/** Whether a meeting was held, planned, ...; a delegation visit is held. */
	record Status(MeetingStatus status) implements Criterion {

		@Override
		public String facet() {
			return "s:" + this.status.value();
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return (this.status == MeetingStatus.HELD) ? noCondition() : falseCondition();
		}

	}

	/** The CAMEO kind of a meeting; a delegation visit has none. */
	record Kind(Param<String> code) implements Criterion {

		@Override
		public String facet() {
			return "k:" + this.code.getValue();
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return falseCondition();
		}

	}

	/** An official taking part: a meeting's participant, a delegation's member. */
	record Official(Param<String> slug) implements Criterion {

		/** The official's id, as a scalar subquery PostgreSQL runs once. */
		Field<Long> id() {
			Officials o = Officials.as("po");
			return field(select(o.id()).from(o.table()).where(o.slug().eq(this.slug)));
		}

		@Override
		public Condition onMeeting(Meetings m) {
			Participants p = Participants.as("mp");
			return exists(selectOne().from(p.table()).where(p.meetingId().eq(m.id())).and(p.officialId().eq(id())));
		}

		@Override
		public Condition onDelegation(Delegations d) {
			Members dm = Members.as("dm");
			return exists(selectOne().from(dm.table()).where(dm.delegationId().eq(d.id())).and(dm.officialId().eq(id())));
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

	/**
	 * Words in what a contact says of itself and of its people, in either script, ignoring case and accents: looked
	 * up in the contact's search document (see {@link TextSearch}).
	 */
	record Text(Param<String> query) implements Criterion {

		static Text of(String q) {
			return new Text(TextSearch.query(q));
		}

		@Override
		public Condition onMeeting(Meetings m) {
			return TextSearch.matches(m.search(), this.query);
		}

		@Override
		public Condition onDelegation(Delegations d) {
			return TextSearch.matches(d.search(), this.query);
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

		private Condition overlap(Field<LocalDate> start, Field<LocalDate> end) {
			return condition("daterange({0}, {1}, '[]') && daterange({2}, {3}, '[]')", start, end, this.from, this.to);
		}

	}

}
