package org.contacttimeline.contact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import org.contacttimeline.contact.internal.Tables.Delegations;
import org.contacttimeline.contact.internal.Tables.Kinds;
import org.contacttimeline.contact.internal.Tables.Meetings;
import org.contacttimeline.contact.internal.Tables.Officials;
import org.contacttimeline.contact.internal.Tables.Participants;
import org.contacttimeline.contact.internal.Tables.Sides;
import org.contacttimeline.web.Page.Cursor;

import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.asterisk;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import org.contacttimeline.contact.ContactFilter;

/** What a filter asks, in the terms of the query: its period and its other criteria. */
record Plan(Period period, List<Criterion.Country> countries, List<Criterion> others) {

	static Plan of(ContactFilter filter) {
		Period period = Period.of(filter.date(), filter.from(), filter.to());
		List<Criterion.Country> countries = new ArrayList<>();
		for (int i = 0; i < filter.countries().size(); i++) {
			countries.add(Criterion.Country.of(i, filter.countries().get(i)));
		}
		List<Criterion> others = new ArrayList<>();
		if (filter.date() != null && (filter.from() != null || filter.to() != null)) {
			others.add(new Criterion.Overlap(param("from", filter.from()), param("to", filter.to())));
		}
		if (filter.host() != null) {
			others.add(new Criterion.Host(param("host", filter.host())));
		}
		if (filter.official() != null) {
			others.add(new Criterion.Official(param("official", filter.official())));
		}
		if (filter.delegation() != null) {
			others.add(new Criterion.Delegation(param("delegation", filter.delegation())));
		}
		if (filter.status() != null) {
			others.add(new Criterion.Status(filter.status()));
		}
		if (filter.kind() != null) {
			others.add(new Criterion.Kind(param("kind", filter.kind())));
		}
		if (filter.q() != null) {
			others.add(Criterion.Text.of(filter.q()));
		}
		if (filter.updatedSince() != null) {
			others.add(new Criterion.UpdatedSince(filter.updatedSince()));
		}
		return new Plan(period, List.copyOf(countries), List.copyOf(others));
	}

	List<Criterion> all() {
		List<Criterion> all = new ArrayList<>(this.countries);
		all.addAll(this.others);
		return all;
	}

	<C extends Criterion> C first(Class<C> type) {
		return this.others.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

	/**
	 * What reads a page first, if anything: an official's participations (an official has a few hundred
	 * meetings at most), else, over a period and with nothing more selective asked (a delegation's few meetings,
	 * words), the first country's sides.
	 */
	Driver driver() {
		Criterion.Official official = first(Criterion.Official.class);
		if (official != null) {
			return new Driver.Participations(official);
		}
		// with the contacts changed since an instant, the planner weighs the index of change times (a recent
		// instant) against the facets (an old one), rather than being fenced into reading the sides first
		if (!this.countries.isEmpty() && this.period.bounded() && first(Criterion.Delegation.class) == null
				&& first(Criterion.Text.class) == null && first(Criterion.UpdatedSince.class) == null) {
			return new Driver.CountrySides(this.countries);
		}
		return null;
	}

	/** Every criterion on a meeting but what the driver guarantees: the facets in one test, the others each. */
	Condition onMeeting(Meetings m, Driver driver) {
		List<Condition> conditions = new ArrayList<>();
		List<String> facets = new ArrayList<>();
		for (Criterion criterion : all()) {
			if (driver != null && driver.guarantees(criterion)) {
				continue;
			}
			if (criterion.facet() != null) {
				facets.add(criterion.facet());
			}
			else {
				conditions.add(criterion.onMeeting(m));
			}
		}
		conditions.add(0, Criterion.hasFacets(m.facets(), facets.toArray(String[]::new)));
		return and(conditions);
	}

	Condition onDelegation(Delegations d) {
		return onDelegation(d, this.period.overlaps(d.startDate(), d.endDate()));
	}

	/** Every criterion on a delegation visit, with a condition on its dates instead of the overlap. */
	Condition onDelegation(Delegations d, Condition dates) {
		List<Condition> conditions = new ArrayList<>();
		conditions.add(dates);
		all().forEach((c) -> conditions.add(c.onDelegation(d)));
		return and(conditions);
	}

}
