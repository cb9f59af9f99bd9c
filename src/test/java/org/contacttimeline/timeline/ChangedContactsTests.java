package org.contacttimeline.timeline;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.contacttimeline.Bodies;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New and changed contacts: {@code updatedSince} on the lists, and Atom feeds of any filter of the timeline.
 */
@ApiTest
@RestoresSeed
class ChangedContactsTests {

	private static final String KIM_PUTIN = "kim-putin-talks-in-vladivostok";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsOnlyTheContactsChangedAtOrAfterAnInstantOnEveryList() {
		Instant before = now();
		Api.Response created = this.api.write("POST", "/api/v1/meetings", Bodies.meetingCitingTheSeed(KIM_PUTIN, "Kim and Putin talk"), Api.EDITOR, null);

		String since = "?updatedSince=" + before;
		assertThat(created.status()).isEqualTo(201);
		assertThat(this.api.get("/api/v1/meetings" + since).<List<String>>json("$.items[*].slug")).containsExactly(KIM_PUTIN);
		assertThat(this.api.get("/api/v1/timeline" + since).<List<String>>json("$.items[*].slug")).containsExactly(KIM_PUTIN);
		assertThat(this.api.get("/api/v1/meetings" + since + "&country=KP&country=RU&from=2019-04-01")
			.<List<String>>json("$.items[*].slug")).containsExactly(KIM_PUTIN);
		assertThat(this.api.get("/api/v1/delegations" + since).<List<String>>json("$.items")).isEmpty();
		assertThat(this.api.get("/api/v1/meetings?updatedSince=" + now()).<List<String>>json("$.items")).isEmpty();
		assertThat(this.api.get("/api/v1/meetings?updatedSince=2000-01-01T00:00:00%2B09:00&limit=500")
			.<List<String>>json("$.items[*].slug")).contains(KIM_PUTIN, "im-chon-il-igor-morgulov-talks-2019-03-14");
	}

	@Test
	void countsAChangeOfAContactsPartsWrittenWithSqlAsAChangeOfTheContact() {
		Instant before = now();

		// writes that touch only a part of each (rewriting a value as it is: a write all the same)
		this.jdbc.sql("update delegation_member set role = role where delegation_id = "
				+ "(select id from delegation where slug = 'russian-senators-north-korea-2019-03')").update();
		this.jdbc.sql("update citation set quote = quote where meeting_id = "
				+ "(select id from meeting where slug = 'im-chon-il-igor-morgulov-talks-2019-03-14')").update();

		assertThat(this.api.get("/api/v1/timeline?updatedSince=" + before).<List<String>>json("$.items[*].slug"))
			.containsExactly("im-chon-il-igor-morgulov-talks-2019-03-14", "russian-senators-north-korea-2019-03");
	}

	@Test
	void rejectsAnInstantWithoutItsOffsetOrTimeWithAProblemNamingIt() {
		for (String value : List.of("2019-03-14", "2019-03-14T09:00:00", "yesterday", "2019-02-30T00:00:00Z")) {
			Api.Response response = this.api.get("/api/v1/meetings?updatedSince=" + value);

			assertThat(response.status()).as(value).isEqualTo(400);
			assertThat(response.<List<String>>json("$.errors[*].field")).as(value).containsExactly("updatedSince");
			assertThat(response.<List<String>>json("$.errors[*].message")).as(value).allMatch((m) -> m.contains("offset"));
		}
	}

	@Test
	void feedsTheContactsOfAFilterThatChangedLastAsAtomThatAFeedReaderReads() throws Exception {
		Api.Response created = this.api.write("POST", "/api/v1/meetings", Bodies.meetingCitingTheSeed(KIM_PUTIN, "Kim and Putin talk"), Api.EDITOR, null);

		Api.Response response = this.api.get("/api/v1/timeline?format=atom&country=KP&country=RU");
		Feed feed = atom(response);

		assertThat(created.status()).isEqualTo(201);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
		assertThat(feed.getTitle()).contains("new and changed contacts");
		assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
		assertThat(feed.getAlternateLinks().get(0).getHref()).contains("/?country=KP&country=RU");
		List<Entry> entries = feed.getEntries();
		assertThat(entries.get(0).getTitle()).isEqualTo("Kim and Putin talk");
		assertThat(entries).extracting(Entry::getUpdated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(feed.getUpdated()).isEqualTo(entries.get(0).getUpdated());
		assertThat(entries).extracting(Entry::getId).allMatch((id) -> id.startsWith("urn:uuid:")).doesNotHaveDuplicates();
		assertThat(entries).extracting(Entry::getTitle).contains("Im Chon-il and Igor Morgulov discuss a schedule of political contacts")
			.doesNotContain("US-North Korea summit in Hanoi");
		assertThat(entries.get(0).getAlternateLinks()).extracting(Link::getType, Link::getHref).contains(
				org.assertj.core.groups.Tuple.tuple("application/json", this.api.base() + "/api/v1/meetings/" + KIM_PUTIN),
				org.assertj.core.groups.Tuple.tuple("text/html", this.api.base() + "/?from=2019-04-25&to=2019-04-25#" + KIM_PUTIN));
		assertThat(entries.get(0).getContents().get(0).getValue()).contains("Vladimir Putin (RU), Russian President")
			.contains("Their first summit.");
	}

	@Test
	void keepsAnEntrysIdWhenItsContactIsEditedAndRenamedAndMovesItFirst() throws Exception {
		Api.Response created = this.api.write("POST", "/api/v1/meetings", Bodies.meetingCitingTheSeed(KIM_PUTIN, "Kim and Putin talk"), Api.EDITOR, null);
		Feed first = atom(this.api.get("/api/v1/timeline?format=atom&limit=500"));
		Entry before = first.getEntries().stream().filter((e) -> e.getTitle().equals("Kim and Putin talk")).findFirst().orElseThrow();
		Api.Response seeded = this.api.get("/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14");
		Entry seededBefore = first.getEntries().stream().filter((e) -> e.getTitle().equals(seeded.<String>json("$.title")))
			.findFirst().orElseThrow();

		Api.Response renamed = this.api.write("PUT", "/api/v1/meetings/" + KIM_PUTIN,
				Bodies.meetingCitingTheSeed(KIM_PUTIN + "-renamed", "Kim and Putin hold talks"), Api.EDITOR, created.header("ETag"));
		Feed after = atom(this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/timeline?limit=500"))
			.header("Accept", "application/atom+xml").build()));

		assertThat(renamed.status()).isEqualTo(200);
		Entry now = after.getEntries().get(0);
		assertThat(now.getTitle()).isEqualTo("Kim and Putin hold talks");
		assertThat(now.getId()).isEqualTo(before.getId());
		assertThat(now.getUpdated()).isAfterOrEqualTo(before.getUpdated());
		assertThat(after.getEntries()).filteredOn((e) -> e.getId().equals(seededBefore.getId())).singleElement()
			.extracting(Entry::getUpdated).isEqualTo(seededBefore.getUpdated());
		assertThat(this.api.get("/api/v1/timeline?format=atom&cursor=" + "MXwyMDE5LTAzLTA0fGtpbS15b25nLWphZS1hbGV4YW5kZXIta296bG92LXRhbGtzLTIwMTktMDMtMDR8bWVldGluZw")
			.<List<String>>json("$.errors[*].field")).containsExactly("cursor");
	}

	private Instant now() {
		return this.jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single().toInstant();
	}

	private static Feed atom(Api.Response response) throws Exception {
		assertThat(response.status()).isEqualTo(200);
		return (Feed) new WireFeedInput().build(new StringReader(response.body()));
	}

}
