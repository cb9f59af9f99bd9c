package org.contacttimeline.candidate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a POLECAT/PLOVER record: one JSON object per line, with the field names of the PLOVER data format. Read are
 * {@code id}, {@code date} (yyyy-MM-dd), {@code event} (the category, or a list whose first is taken), {@code mode},
 * {@code actor} and {@code recipient} (entity objects, or lists of them: {@code code} is the ISO alpha-3 country,
 * the name is {@code entity_text}, else {@code identifier_text}, else {@code name}), {@code event_loc}
 * ({@code resolved_place} or {@code extracted_place}, {@code city}, {@code country_code} as ISO alpha-3,
 * {@code geonameid}) and {@code cite_info.url} (else {@code url}). The sides are the first actor and the first
 * recipient; a CONSULT that names no host or visitor lists all sides as actors, and then the first two are taken.
 * PLOVER gives no mention counts: each record counts as one mention.
 * <p>
 * PLOVER's CONSULT and its modes become CAMEO codes: {@code visit} 042, {@code host} 043, {@code third-party} 044,
 * {@code multilateral} and no mode 040 (CAMEO has no code of its own for a multilateral meeting), {@code phone} 041
 * (which is no meeting, so not kept). PLOVER does not tell mediation (045) or negotiation (046) from other
 * consultations, and its AGREE covers every intent to cooperate, not only to meet (036): those codes never come from
 * PLOVER records. A record is malformed when it is no JSON object, or has no id, no date as yyyy-MM-dd, an event that
 * is no PLOVER category, or a CONSULT mode PLOVER does not define.
 */
final class PloverEvents {

	/** PLOVER's event categories (REQUEST was called DEMAND in earlier versions of the manual). */
	static final Set<String> CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
			"RETREAT", "REQUEST", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
			"ASSAULT");

	static final Map<String, String> CONSULT_MODES = Map.of("visit", "042", "host", "043", "third-party", "044",
			"multilateral", "040", "phone", "041");

	private final JsonMapper json;

	private final CameoCountries countries;

	PloverEvents(JsonMapper json, CameoCountries countries) {
		this.json = json;
		this.countries = countries;
	}

	Parsed parse(String line) {
		if (line.isBlank()) {
			return new Parsed.Nothing();
		}
		JsonNode record;
		try {
			record = this.json.readTree(line);
		}
		catch (JacksonException ex) {
			return new Parsed.Malformed("json", "is not a JSON object: " + ex.getOriginalMessage().lines().findFirst().orElse(""));
		}
		if (record == null || !record.isObject()) {
			return new Parsed.Malformed("json", "is not a JSON object");
		}
		String id = scalar(record.get("id"));
		if (id == null || id.isBlank() || id.length() > 100 || id.indexOf('\0') >= 0) {
			return new Parsed.Malformed("id", "has no 'id' (a string or number of at most 100 characters)");
		}
		String day = scalar(record.get("date"));
		LocalDate date;
		try {
			date = (day != null && day.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) ? LocalDate.parse(day) : null;
		}
		catch (DateTimeParseException ex) {
			date = null;
		}
		if (date == null) {
			return new Parsed.Malformed("date", "'date' " + Parsed.shown(day) + " is not a day of the calendar as yyyy-MM-dd");
		}
		String category = first(record.get("event"));
		if (category == null || !CATEGORIES.contains(category.toUpperCase(Locale.ROOT))) {
			return new Parsed.Malformed("code", "'event' " + Parsed.shown(category) + " is not a PLOVER event category");
		}
		String code = null;
		if (category.equalsIgnoreCase("CONSULT")) {
			String mode = first(record.get("mode"));
			code = (mode == null || mode.isBlank()) ? "040" : CONSULT_MODES.get(mode.toLowerCase(Locale.ROOT));
			if (code == null) {
				return new Parsed.Malformed("code", "'mode' " + Parsed.shown(mode)
						+ " is not a CONSULT mode; PLOVER's are visit, host, third-party, multilateral, phone");
			}
		}
		List<JsonNode> sides = new ArrayList<>(entities(record.get("actor")));
		List<JsonNode> recipients = entities(record.get("recipient"));
		if (!recipients.isEmpty()) {
			sides = new ArrayList<>(sides.subList(0, Math.min(1, sides.size())));
			sides.addAll(recipients);
		}
		JsonNode cite = record.get("cite_info");
		String url = (cite != null && cite.isObject()) ? scalar(cite.get("url")) : null;
		return new Parsed.Event(new EventRecord(id, date, code, actor(sides, 0), actor(sides, 1), place(record.get("event_loc")),
				GdeltEvents.blankToNull(url != null ? url : scalar(record.get("url"))), 1));
	}

	private EventRecord.Actor actor(List<JsonNode> sides, int index) {
		if (index >= sides.size()) {
			return new EventRecord.Actor(null, null, null);
		}
		JsonNode entity = sides.get(index);
		String code = scalar(entity.get("code"));
		String name = scalar(entity.get("entity_text"));
		name = (name != null) ? name : scalar(entity.get("identifier_text"));
		name = (name != null) ? name : scalar(entity.get("name"));
		return new EventRecord.Actor(GdeltEvents.blankToNull(name),
				this.countries.alpha2(code != null ? code.toUpperCase(Locale.ROOT) : null), code);
	}

	private EventRecord.Place place(JsonNode location) {
		if (location == null || !location.isObject()) {
			return EventRecord.Place.UNKNOWN;
		}
		String name = scalar(location.get("resolved_place"));
		name = (name != null) ? name : scalar(location.get("extracted_place"));
		String country = scalar(location.get("country_code"));
		String geonames = scalar(location.get("geonameid"));
		return new EventRecord.Place(GdeltEvents.blankToNull(name), GdeltEvents.blankToNull(scalar(location.get("city"))),
				this.countries.alpha2(country != null ? country.toUpperCase(Locale.ROOT) : null),
				(geonames != null && !geonames.isBlank()) ? "geonames:" + geonames.strip() : null);
	}

	/** The entity objects of {@code actor} or {@code recipient}: one object, or a list of them. */
	private static List<JsonNode> entities(JsonNode node) {
		List<JsonNode> found = new ArrayList<>();
		if (node != null && node.isObject()) {
			found.add(node);
		}
		else if (node != null && node.isArray()) {
			node.forEach((entity) -> {
				if (entity.isObject()) {
					found.add(entity);
				}
			});
		}
		return found;
	}

	/** A string or a list whose first element is a string. */
	private static String first(JsonNode node) {
		if (node != null && node.isArray()) {
			return node.isEmpty() ? null : scalar(node.get(0));
		}
		return scalar(node);
	}

	private static String scalar(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue();
		}
		return (node.isNumber() && node.canConvertToLong()) ? node.asString() : null;
	}

}
