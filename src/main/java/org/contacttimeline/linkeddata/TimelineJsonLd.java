package org.contacttimeline.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.contacttimeline.country.CountryResponse;
import org.contacttimeline.official.OfficialResponse;
import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.country.Wikidata;
import org.contacttimeline.source.SourceResponse;
import org.contacttimeline.contact.TimelineEntry;

/**
 * A page of the timeline as JSON-LD: each entry a schema.org {@code Event} (a meeting, or a delegation's visit, the
 * super-event of its meetings) with its {@code location} ({@code Place}, its country a {@code Country}), its
 * attendees ({@code Person} in a {@code Role} that names the role held), its kind ({@code DefinedTerm}, the CAMEO
 * code) and its sources ({@code CreativeWork} with the quote). Every node has the URL of its resource as its
 * {@code @id}, officials and countries their Wikidata item as {@code sameAs}, so the data joins other people's.
 */
final class TimelineJsonLd {

	/** The context: schema.org's vocabulary, the cursor of the next page kept out of the graph. */
	static final Map<String, Object> CONTEXT = Nodes.of("@vocab", "https://schema.org/", "next", null, "sameAs",
			Nodes.of("@id", "https://schema.org/sameAs", "@type", "@id"), "eventStatus",
			Nodes.of("@id", "https://schema.org/eventStatus", "@type", "@vocab"));

	private final String base;

	private final Map<String, OfficialResponse> officials;

	private final Map<String, CountryResponse> countries;

	/**
	 * @param base the API's URL, ending in {@code /api/v1/}
	 * @param officials the officials the entries name, by slug, for their Wikidata items
	 * @param countries every country, by alpha-2 code
	 */
	TimelineJsonLd(String base, Map<String, OfficialResponse> officials, Map<String, CountryResponse> countries) {
		this.base = base;
		this.officials = officials;
		this.countries = countries;
	}

	Map<String, Object> document(List<TimelineEntry> entries, String next) {
		// "next" is mapped to null in the context: a JSON client reads it, a JSON-LD processor drops it
		Map<String, Object> document = Nodes.of("@context", withNull(CONTEXT), "@graph",
				entries.stream().map(this::event).toList());
		document.put("next", next);
		return document;
	}

	private static Map<String, Object> withNull(Map<String, Object> context) {
		Map<String, Object> copy = new java.util.LinkedHashMap<>(context);
		copy.put("next", null);
		return copy;
	}

	private Map<String, Object> event(TimelineEntry entry) {
		String path = entry.type().equals("meeting") ? "meetings/" : "delegations/";
		return Nodes.of("@id", this.base + path + entry.slug(), "@type", "Event", "name", entry.title(),
				"startDate", Dates.of(entry.startDate(), entry.datePrecision()),
				"endDate", Dates.of(entry.endDate(), entry.datePrecision()), "description", entry.summary(),
				"eventStatus", status(entry.status()), "location", place(entry), "about",
				entry.kind() != null ? Nodes.of("@type", "DefinedTerm", "termCode", entry.kind().code(), "name",
						entry.kind().label(), "inDefinedTermSet", this.base + "kinds") : null,
				"attendee", entry.participants().stream().map(this::attendee).toList(), "superEvent",
				entry.delegation() != null ? Nodes.of("@id", this.base + "delegations/" + entry.delegation().slug())
						: null,
				"citation", entry.sources().stream().map(this::citation).toList(), "keywords", entry.topics());
	}

	/** held and planned contacts are scheduled events; speculated ones have no status schema.org could say. */
	private static String status(String status) {
		return switch (status) {
			case "held", "planned" -> "EventScheduled";
			case "cancelled" -> "EventCancelled";
			default -> null;
		};
	}

	private Map<String, Object> place(TimelineEntry entry) {
		var location = entry.location();
		if (location == null || (location.city() == null && location.venue() == null && location.country() == null)) {
			return null;
		}
		String name = location.venue() != null ? location.venue() : location.city();
		return Nodes.of("@type", "Place", "name", name, "address", Nodes.of("@type", "PostalAddress",
				"addressLocality", location.city(), "addressCountry", country(location.country())));
	}

	private Map<String, Object> country(String code) {
		if (code == null) {
			return null;
		}
		CountryResponse country = this.countries.get(code);
		return Nodes.of("@type", "Country", "identifier", code, "name", country != null ? country.name() : null,
				"sameAs", country != null ? Wikidata.uri(country.wikidata()) : null);
	}

	private Map<String, Object> attendee(ParticipantResponse participant) {
		OfficialResponse official = this.officials.get(participant.slug());
		Map<String, Object> person = Nodes.of("@id", this.base + "officials/" + participant.slug(), "@type", "Person",
				"name", participant.name(), "alternateName", official != null ? official.originalName() : null,
				"nationality", country(participant.country()), "sameAs",
				official != null ? Wikidata.uri(official.wikidata()) : null);
		// schema.org's Role: the person attends, in the role they held at this contact
		return Nodes.of("@type", "Role", "roleName", participant.role(), "attendee", person);
	}

	private Map<String, Object> citation(SourceResponse source) {
		List<Object> about = new ArrayList<>();
		if (source.accordingTo() != null) {
			about.add(Nodes.of("@id", this.base + "organizations/" + source.accordingTo().slug(), "@type",
					"Organization", "name", source.accordingTo().name()));
		}
		return Nodes.of("@type", "CreativeWork", "headline", source.headline(), "author",
				source.author() != null ? Nodes.of("@type", "Person", "name", source.author()) : null, "publisher",
				Nodes.of("@type", "Organization", "name", source.publisher()), "url", source.url(), "datePublished",
				source.publishedOn() != null ? source.publishedOn().toString() : null, "text", source.quote(),
				"description", source.claim(), "sourceOrganization", about);
	}

}
