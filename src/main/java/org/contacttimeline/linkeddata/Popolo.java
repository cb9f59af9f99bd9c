package org.contacttimeline.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contacttimeline.official.OfficialResponse;
import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.contact.TimelineEntry;

/**
 * Officials and contacts in Popolo JSON (popoloproject.com): {@code persons} with their names in other scripts and
 * Wikidata identifiers; {@code organizations}, the bodies of their positions and the delegations; {@code
 * memberships}, their positions (with start and end dates where the term is known) and their places in delegations
 * (dated by the visit); {@code events}, the meetings and visits with their attendees. Every {@code id} is the URL of
 * the resource, and an {@code @context} maps the Popolo fields to FOAF, W3C ORG, SKOS and schema.org terms, so that
 * a JSON-LD processor reads it as RDF.
 */
final class Popolo {

	static final Map<String, Object> CONTEXT = Nodes.of(
			"rdfs", "http://www.w3.org/2000/01/rdf-schema#", "foaf", "http://xmlns.com/foaf/0.1/", "org",
			"http://www.w3.org/ns/org#", "skos", "http://www.w3.org/2004/02/skos/core#", "schema",
			"https://schema.org/", "adms", "http://www.w3.org/ns/adms#", "id", "@id", "persons", "rdfs:member",
			"organizations", "rdfs:member", "memberships", "rdfs:member", "events", "rdfs:member", "name",
			"foaf:name", "other_names", "skos:altLabel", "note", "skos:note", "identifiers", "adms:identifier",
			"identifier", "skos:notation", "scheme", "adms:schemeAgency", "classification", "org:classification",
			"person_id", Nodes.of("@id", "org:member", "@type", "@id"), "organization_id",
			Nodes.of("@id", "org:organization", "@type", "@id"), "role", "schema:roleName", "start_date",
			"schema:startDate", "end_date", "schema:endDate", "founding_date", "schema:foundingDate",
			"dissolution_date", "schema:dissolutionDate", "location", "schema:location", "attendees",
			Nodes.of("@id", "schema:attendee", "@type", "@id"), "parent_id",
			Nodes.of("@id", "schema:superEvent", "@type", "@id"), "status", "schema:description");

	private final String base;

	private final Map<String, Map<String, Object>> persons = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> organizations = new LinkedHashMap<>();

	private final List<Map<String, Object>> memberships = new ArrayList<>();

	private final List<Map<String, Object>> events = new ArrayList<>();

	/** @param base the API's URL, ending in {@code /api/v1/} */
	Popolo(String base) {
		this.base = base;
	}

	/** Adds a meeting or visit, and its delegation as an organization with its members. */
	void add(TimelineEntry entry) {
		boolean visit = entry.type().equals("delegation");
		String id = this.base + (visit ? "delegations/" : "meetings/") + entry.slug();
		String location = entry.location() == null ? null : String.join(", ", java.util.stream.Stream
			.of(entry.location().venue(), entry.location().city(), entry.location().country())
			.filter(java.util.Objects::nonNull)
			.toList());
		this.events.add(Nodes.of("id", id, "name", entry.title(), "classification",
				visit ? "delegation visit" : entry.kind().label() + " (CAMEO " + entry.kind().code() + ")",
				"start_date", Dates.of(entry.startDate(), entry.datePrecision()), "end_date",
				Dates.of(entry.endDate(), entry.datePrecision()), "status", entry.status(), "location",
				(location == null || location.isEmpty()) ? null : location, "organization_id", visit ? id
						: entry.delegation() != null ? this.base + "delegations/" + entry.delegation().slug() : null,
				"parent_id", entry.delegation() != null ? this.base + "delegations/" + entry.delegation().slug() : null,
				"attendees", entry.participants().stream().map((p) -> person(p.slug())).toList()));
		if (visit) {
			this.organizations.put(id, Nodes.of("id", id, "name", entry.title(), "classification", "delegation",
					"founding_date", Dates.of(entry.startDate(), entry.datePrecision()), "dissolution_date",
					Dates.of(entry.endDate(), entry.datePrecision())));
			for (ParticipantResponse member : entry.participants()) {
				this.memberships.add(Nodes.of("id", id + "#" + member.slug(), "person_id", person(member.slug()),
						"organization_id", id, "role", member.role(), "start_date",
						Dates.of(entry.startDate(), entry.datePrecision()), "end_date",
						Dates.of(entry.endDate(), entry.datePrecision())));
			}
		}
	}

	/** The slugs of every official the added entries name. */
	java.util.Set<String> officialSlugs() {
		java.util.Set<String> slugs = new java.util.TreeSet<>();
		this.events.forEach((event) -> ((List<?>) event.getOrDefault("attendees", List.of()))
			.forEach((person) -> slugs.add(((String) person).substring((this.base + "officials/").length()))));
		return slugs;
	}

	/** Adds an official as a person, their positions as memberships and the positions' bodies as organizations. */
	void add(OfficialResponse official) {
		String id = person(official.slug());
		this.persons.put(id, Nodes.of("id", id, "name", official.name(), "other_names",
				official.originalName() != null
						? List.of(Nodes.of("name", official.originalName(), "note", official.originalNameSource()))
						: null,
				"identifiers", official.wikidata() != null
						? List.of(Nodes.of("scheme", "wikidata", "identifier", official.wikidata())) : null));
		for (int i = 0; i < official.positions().size(); i++) {
			OfficialResponse.PositionResponse position = official.positions().get(i);
			String organization = null;
			if (position.organization() != null) {
				organization = this.base + "organizations/" + position.organization().slug();
				this.organizations.putIfAbsent(organization, Nodes.of("id", organization, "name",
						position.organization().name(), "classification", position.organization().kind()));
			}
			// only a known term dates a membership; the days a source shows the title held are not its term
			this.memberships.add(Nodes.of("id", id + "#position-" + i, "person_id", id, "organization_id",
					organization, "role", position.title(), "start_date",
					position.startDate() != null ? position.startDate().toString() : null, "end_date",
					position.endDate() != null ? position.endDate().toString() : null));
		}
	}

	Map<String, Object> document(String next) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", CONTEXT);
		document.put("persons", List.copyOf(this.persons.values()));
		document.put("organizations", List.copyOf(this.organizations.values()));
		document.put("memberships", List.copyOf(this.memberships));
		document.put("events", List.copyOf(this.events));
		if (next != null) {
			document.put("next", next);
		}
		return document;
	}

	private String person(String slug) {
		return this.base + "officials/" + slug;
	}

}
