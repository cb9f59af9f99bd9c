package org.contacttimeline.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;

import org.contacttimeline.contact.ChangedContact;
import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.source.SourceResponse;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An Atom feed (RFC 4287) of the contacts a timeline filter selects that changed last, the latest change first,
 * written with ROME: an entry per contact whose id stays the same across its edits (made from its number, not from
 * its slug, which an edit may change), whose {@code updated} is the time of its last change, and which links to the
 * contact in the API and to its entry on the timeline page.
 */
final class AtomFeed {

	private static final List<String> PAGE_FILTERS = List.of("from", "to", "country", "status", "q");

	private AtomFeed() {
	}

	/**
	 * @param base the service's URL, without a trailing slash
	 * @param self the URL the feed was asked for
	 * @param filters the request's parameters, the page's own passed on to its link
	 */
	static Feed of(List<ChangedContact> contacts, String base, String self, MultiValueMap<String, String> filters) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(self);
		feed.setTitle("Contact Timeline: new and changed contacts");
		feed.setSubtitle(text("Diplomatic contacts, the latest changed first, for the filter of the feed's address."));
		feed.setUpdated(Date.from(contacts.stream().map(ChangedContact::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
		Person author = new Person();
		author.setName("Contact Timeline");
		author.setUri(base + "/");
		feed.setAuthors(List.<SyndPerson>of(author));
		UriComponentsBuilder page = UriComponentsBuilder.fromUriString(base + "/");
		PAGE_FILTERS.forEach((name) -> {
			if (filters.containsKey(name)) {
				page.queryParam(name, filters.get(name).toArray());
			}
		});
		feed.setAlternateLinks(List.of(link("alternate", "text/html", page.encode().build().toUriString())));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", self)));
		feed.setEntries(contacts.stream().map((contact) -> entry(contact, base)).toList());
		return feed;
	}

	private static Entry entry(ChangedContact contact, String base) {
		TimelineEntry e = contact.entry();
		Entry entry = new Entry();
		entry.setId("urn:uuid:" + UUID.nameUUIDFromBytes(("contact-timeline " + e.type() + " " + contact.id())
			.getBytes(StandardCharsets.UTF_8)));
		entry.setTitle(e.title());
		entry.setUpdated(Date.from(contact.updatedAt()));
		String onPage = base + "/" + (e.startDate() != null ? "?from=" + e.startDate() + "&to=" + e.endDate() : "") + "#" + e.slug();
		String resource = base + "/api/v1/" + e.type() + "s/" + e.slug();
		entry.setAlternateLinks(List.of(link("alternate", "text/html", onPage), link("alternate", "application/json", resource)));
		entry.setSummary(text(e.summary() != null ? e.summary() : e.title()));
		entry.setContents(List.of(text(description(e))));
		List<Category> categories = new ArrayList<>();
		categories.add(category(e.type()));
		categories.add(category(e.status()));
		if (e.kind() != null && e.kind().code() != null) {
			categories.add(category("cameo-" + e.kind().code()));
		}
		entry.setCategories(categories);
		return entry;
	}

	/** What the entry says, in plain text: dates, place, people, summary, sources. */
	private static String description(TimelineEntry e) {
		List<String> lines = new ArrayList<>();
		lines.add(e.startDate() == null ? "Date unknown"
				: e.startDate().equals(e.endDate()) ? e.startDate().toString() : e.startDate() + " to " + e.endDate());
		String place = Stream.of(e.location().venue(), e.location().city(), e.location().country())
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
		if (!place.isEmpty()) {
			lines.add(place);
		}
		lines.add("Countries: " + String.join(", ", e.countries()) + "; status: " + e.status());
		for (ParticipantResponse p : e.participants()) {
			lines.add(p.name() + " (" + p.country() + "), " + p.role());
		}
		if (e.summary() != null) {
			lines.add(e.summary());
		}
		for (SourceResponse s : e.sources()) {
			lines.add(s.publisher() + (s.headline() != null ? ", \u201c" + s.headline() + "\u201d" : "") + ": \"" + s.quote() + "\"");
		}
		return String.join("\n", lines);
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Category category(String term) {
		Category category = new Category();
		category.setTerm(term);
		return category;
	}

}
