package org.contacttimeline.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.contacttimeline.contact.ContactFilters.ContactList;
import org.contacttimeline.web.Format;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.ListParameter.ParameterSchema;

/**
 * The parameters of the analytics, each declared once: the contact filters of {@code /meetings} (reused, not
 * declared again) and the parameters of their own.
 */
enum AnalyticsList implements ListParameters {

	STATS(ListParameter.choice("type", "Which contacts to count", ContactType.class),
			ListParameter.choice("group", "The period counts are grouped by", Grouping.class),
			ListParameter.choice("by", "Split the counts by the contacts' countries (once per side), country pairs "
					+ "(once per pair of sides), host country, kind (CAMEO code; delegation visits apart) or status; "
					+ "leave out for totals", Split.class),
			ListParameter.format(Format.JSON, Format.CSV)),

	NETWORK(ListParameter.choice("level", "What the nodes are: officials, or their countries", Level.class),
			ListParameter.format(Format.JSON, Format.GRAPHML, Format.GEXF),
			new ListParameter<>("top", "Officials: how many of the most connected (by weighted degree) are shown, 1 to "
					+ OfficialNetworkQuery.MAX_TOP + " (default " + OfficialNetworkQuery.DEFAULT_TOP
					+ "); the others are counted in omitted. Countries are all shown", "200",
					ParameterSchema.integer(1, OfficialNetworkQuery.MAX_TOP, OfficialNetworkQuery.DEFAULT_TOP), false,
					(query, name) -> query.map(name, AnalyticsList::top, "must be a whole number from 1 to "
							+ OfficialNetworkQuery.MAX_TOP + " (default " + OfficialNetworkQuery.DEFAULT_TOP + ")")));

	static final ListParameter<ContactType> TYPE = STATS.own(0);

	static final ListParameter<Grouping> GROUP = STATS.own(1);

	static final ListParameter<Split> BY = STATS.own(2);

	static final ListParameter<Format> STATS_FORMAT = STATS.own(3);

	static final ListParameter<Level> LEVEL = NETWORK.own(0);

	static final ListParameter<Format> NETWORK_FORMAT = NETWORK.own(1);

	static final ListParameter<Integer> TOP = NETWORK.own(2);

	private final List<ListParameter<?>> own;

	private final List<ListParameter<?>> parameters;

	AnalyticsList(ListParameter<?>... own) {
		this.own = List.of(own);
		List<ListParameter<?>> parameters = new ArrayList<>(ContactList.MEETINGS.filters());
		parameters.addAll(this.own);
		this.parameters = List.copyOf(parameters);
	}

	@Override
	public List<ListParameter<?>> parameters() {
		return this.parameters;
	}

	private static Integer top(String value) {
		if (!value.matches("\\d{1,9}")) {
			return null;
		}
		int top = Integer.parseInt(value);
		return (top >= 1 && top <= OfficialNetworkQuery.MAX_TOP) ? top : null;
	}

	@SuppressWarnings("unchecked")
	private <T> ListParameter<T> own(int index) {
		return (ListParameter<T>) this.own.get(index);
	}

	/** Meetings, delegation visits, or both. */
	enum ContactType {

		BOTH, MEETING, DELEGATION;

		boolean meetings() {
			return this != DELEGATION;
		}

		boolean delegations() {
			return this != MEETING;
		}

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Years or months. */
	enum Grouping {

		YEAR, MONTH;

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** What the counts are split by. */
	enum Split {

		KIND, STATUS, COUNTRY, PAIR, HOST;

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** The nodes of a network. */
	enum Level {

		OFFICIAL, COUNTRY;

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
