package org.contacttimeline.candidate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a row of a GDELT 2.0 events export: 61 tab-separated columns, in the order of the GDELT 2.0 Event Codebook
 * ({@link #COLUMNS}). Of them an import keeps GLOBALEVENTID, SQLDATE, Actor1Name, Actor1CountryCode, Actor2Name,
 * Actor2CountryCode, EventCode, NumMentions, ActionGeo_Type, ActionGeo_FullName, ActionGeo_CountryCode (FIPS 10-4,
 * see {@link FipsCountries}), ActionGeo_FeatureID and SOURCEURL. A row is malformed when it has another number of
 * columns, an id that is no number, a SQLDATE that is no day (yyyyMMdd), an EventCode that is no CAMEO event code, or a
 * NumMentions that is no whole number.
 */
final class GdeltEvents {

	/** The columns of a GDELT 2.0 events export, in order. */
	static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
			"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
			"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
			"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
			"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
			"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
			"NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
			"Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
			"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
			"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
			"ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
			"ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

	private static final int ID = COLUMNS.indexOf("GLOBALEVENTID");

	private static final int DATE = COLUMNS.indexOf("SQLDATE");

	private static final int ACTOR1_NAME = COLUMNS.indexOf("Actor1Name");

	private static final int ACTOR1_COUNTRY = COLUMNS.indexOf("Actor1CountryCode");

	private static final int ACTOR2_NAME = COLUMNS.indexOf("Actor2Name");

	private static final int ACTOR2_COUNTRY = COLUMNS.indexOf("Actor2CountryCode");

	private static final int CODE = COLUMNS.indexOf("EventCode");

	private static final int MENTIONS = COLUMNS.indexOf("NumMentions");

	private static final int PLACE_TYPE = COLUMNS.indexOf("ActionGeo_Type");

	private static final int PLACE = COLUMNS.indexOf("ActionGeo_FullName");

	private static final int PLACE_COUNTRY = COLUMNS.indexOf("ActionGeo_CountryCode");

	private static final int PLACE_FEATURE = COLUMNS.indexOf("ActionGeo_FeatureID");

	private static final int URL = COLUMNS.indexOf("SOURCEURL");

	private static final Pattern ID_FORM = Pattern.compile("[0-9]{1,19}");

	private static final Pattern COUNT_FORM = Pattern.compile("[0-9]{1,9}");

	private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final CameoCountries countries;

	GdeltEvents(CameoCountries countries) {
		this.countries = countries;
	}

	Parsed parse(String line) {
		if (line.isBlank()) {
			return new Parsed.Nothing();
		}
		String[] column = line.split("\t", -1);
		if (column.length != COLUMNS.size()) {
			return new Parsed.Malformed("columns", "has " + column.length + " tab-separated columns; a GDELT 2.0 event row has "
					+ COLUMNS.size());
		}
		if (column[ID].equals(COLUMNS.get(ID))) {
			return new Parsed.Nothing();
		}
		if (line.indexOf('\0') >= 0) {
			return new Parsed.Malformed("characters", "contains a NUL character");
		}
		if (!ID_FORM.matcher(column[ID]).matches()) {
			return new Parsed.Malformed("id", "GLOBALEVENTID " + Parsed.shown(column[ID]) + " is not a number");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(column[DATE], SQLDATE);
		}
		catch (DateTimeParseException ex) {
			return new Parsed.Malformed("date", "SQLDATE " + Parsed.shown(column[DATE])
					+ " is not a day of the calendar as yyyyMMdd, e.g. 20190425");
		}
		String code = column[CODE];
		if (!Cameo.isEventCode(code)) {
			return new Parsed.Malformed("code", "EventCode " + Parsed.shown(code) + " is not a CAMEO event code");
		}
		if (!COUNT_FORM.matcher(column[MENTIONS]).matches()) {
			return new Parsed.Malformed("mentions", "NumMentions " + Parsed.shown(column[MENTIONS])
					+ " is not a whole number");
		}
		return new Parsed.Event(new EventRecord(column[ID], date, code, actor(column[ACTOR1_NAME], column[ACTOR1_COUNTRY]),
				actor(column[ACTOR2_NAME], column[ACTOR2_COUNTRY]), place(column), blankToNull(column[URL]),
				Integer.parseInt(column[MENTIONS])));
	}

	private EventRecord.Actor actor(String name, String code) {
		return new EventRecord.Actor(blankToNull(name), this.countries.alpha2(code), code);
	}

	/** The place of the action: a city or landmark (ActionGeo_Type 3 or 4) is told apart by its GNS feature id. */
	private static EventRecord.Place place(String[] column) {
		String name = blankToNull(column[PLACE]);
		if (name == null) {
			return EventRecord.Place.UNKNOWN;
		}
		boolean city = column[PLACE_TYPE].equals("3") || column[PLACE_TYPE].equals("4");
		String feature = blankToNull(column[PLACE_FEATURE]);
		return new EventRecord.Place(name, city ? name.split(",")[0].strip() : null,
				FipsCountries.alpha2(column[PLACE_COUNTRY]), (city && feature != null) ? "gns:" + feature : null);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
