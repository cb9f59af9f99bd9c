package org.contacttimeline.candidate;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contacttimeline.candidate.CandidateFixtures.EXPORT;
import static org.contacttimeline.candidate.CandidateFixtures.LATER;
import static org.contacttimeline.candidate.CandidateFixtures.POLECAT;
import static org.contacttimeline.candidate.CandidateFixtures.counts;
import static org.contacttimeline.candidate.CandidateFixtures.get;
import static org.contacttimeline.candidate.CandidateFixtures.post;

/**
 * Importing files of machine-coded events as candidate contacts over HTTP: what is kept, how malformed lines are
 * reported, what deduplication makes of the events, and that a file is imported once and whole or not at all.
 */
@ApiTest
class CandidateImportTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startWithoutImports() {
		CandidateFixtures.clear(this.jdbc);
	}

	@Test
	void keepsTheContactEventsBetweenTheCountriesAskedAndReportsEveryOtherLine() {
		Api.Response imported = post(this.api, EXPORT, "KP", "RU");

		assertThat(imported.status()).isEqualTo(201);
		assertThat(imported.header("Location")).endsWith("/api/v1/imports/" + imported.<Integer>json("$.id"));
		assertThat(imported.<String>json("$.file")).isEqualTo(EXPORT);
		assertThat(imported.<String>json("$.format")).isEqualTo("gdelt");
		assertThat(imported.<List<String>>json("$.countries")).containsExactly("KP", "RU");
		assertThat(imported.<String>json("$.editor")).isEqualTo("editor");
		assertThat(imported.<Boolean>json("$.alreadyImported")).isFalse();
		assertThat(imported.<Map<String, Object>>json("$.report.rows")).containsEntry("lines", 400)
			.containsEntry("events", 391)
			.containsEntry("kept", 20)
			.containsEntry("added", 19)
			.containsEntry("alreadyImported", 1)
			.containsEntry("otherCodes", 182)
			.containsEntry("otherCountries", 186)
			.containsEntry("sameCountry", 1)
			.containsEntry("unmappedCountries", 2)
			.containsEntry("malformed", 8);
		assertThat(imported.<Map<String, Object>>json("$.report.unmappedCountryCodes"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("AFR", 1, "(blank)", 1));
		assertThat(imported.<List<Integer>>json("$.report.problems[*].line")).containsExactly(60, 90, 120, 150, 180, 210,
				240, 270);
		assertThat(imported.<List<String>>json("$.report.problems[*].message")).containsExactly(
				"has 60 tab-separated columns; a GDELT 2.0 event row has 61",
				"has 62 tab-separated columns; a GDELT 2.0 event row has 61",
				"SQLDATE '20190230' is not a day of the calendar as yyyyMMdd, e.g. 20190425",
				"SQLDATE '2019-03-05' is not a day of the calendar as yyyyMMdd, e.g. 20190425",
				"EventCode '0499' is not a CAMEO event code", "EventCode '999' is not a CAMEO event code",
				"GLOBALEVENTID '12a' is not a number", "NumMentions 'many' is not a whole number");
		assertThat(imported.<Map<String, Object>>json("$.report.rows.malformedBy"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("columns", 2, "date", 2, "code", 2, "id", 1, "mentions", 1));
		assertThat(imported.<Map<String, Object>>json("$.report.groups")).containsEntry("created", 9)
			.containsEntry("joined", 0)
			.containsEntry("corroborating", 1);
		assertThat(get(this.api, "/api/v1/imports/" + imported.<Integer>json("$.id")).body()).isEqualTo(imported.body());
	}

	@Test
	void makesOneGroupOfTheEventsOfOneContact() {
		post(this.api, EXPORT, "KP", "RU");

		Api.Response proposed = get(this.api, "/api/v1/candidates");

		assertThat(proposed.status()).isEqualTo(200);
		assertThat(proposed.<List<String>>json("$.items[*].startDate")).containsExactly("2019-09-09", "2019-09-01",
				"2019-08-10", "2019-08-01", "2019-06-10", "2019-05-20", "2019-04-25", "2019-04-24");
		// Kim and Putin in Vladivostok: four events (the repeated one counted once), either side named first
		Api.Response summit = proposed;
		String kim = "$.items[?(@.startDate == '2019-04-24')]";
		assertThat(summit.<List<String>>json(kim + ".title")).containsExactly("Kim Jong Un and Vladimir Putin: Make a visit");
		assertThat(summit.<List<String>>json(kim + ".endDate")).containsExactly("2019-04-26");
		assertThat(summit.<List<Integer>>json(kim + ".candidateCount")).containsExactly(4);
		assertThat(summit.<List<Integer>>json(kim + ".mentions")).containsExactly(78);
		assertThat(summit.<List<String>>json(kim + ".kind.code")).containsExactly("042");
		assertThat(summit.<List<String>>json(kim + ".place.city")).containsExactly("Vladivostok");
		assertThat(summit.<List<String>>json(kim + ".place.country")).containsExactly("RU");
		assertThat(summit.<List<String>>json(kim + ".countries[*]")).containsExactly("KP", "RU");
		assertThat(summit.<List<String>>json(kim + ".candidates[*].eventId")).containsExactly("834000001", "834000002",
				"834000003", "834000004");
		assertThat(summit.<List<String>>json(kim + ".candidates[0].sourceUrl"))
			.containsExactly("https://www.reuters.com/article/us-northkorea-russia-summit-idUSKCN1S106Q");
		// Choe Son Hui and Lavrov in Moscow on the same days: another place, other people, another contact
		String choe = "$.items[?(@.startDate == '2019-04-25')]";
		assertThat(proposed.<List<String>>json(choe + ".title")).containsExactly("Choe Son Hui and Sergei Lavrov: Engage in negotiation");
		assertThat(proposed.<List<Integer>>json(choe + ".candidateCount")).containsExactly(2);
		// nine days apart is two contacts; talks every other day make groups of at most seven days
		assertThat(proposed.<List<String>>json("$.items[?(@.place.city == 'Khabarovsk')].endDate"))
			.containsExactly("2019-09-09", "2019-09-07");
		assertThat(proposed.<List<String>>json("$.items[?(@.title =~ /Kim Yong Chol.*/)].startDate"))
			.containsExactly("2019-08-10", "2019-08-01");
	}

	@Test
	void attachesAGroupThatReportsAMeetingOfTheTimelineInsteadOfProposingIt() {
		post(this.api, EXPORT, "KP", "RU");

		Api.Response corroborating = get(this.api, "/api/v1/candidates?state=corroborating");

		assertThat(corroborating.<List<String>>json("$.items[*].meeting.slug"))
			.containsExactly("im-chon-il-igor-morgulov-talks-2019-03-14");
		assertThat(corroborating.<List<Integer>>json("$.items[*].candidateCount")).containsExactly(3);
		assertThat(corroborating.<List<String>>json("$.items[*].state")).containsExactly("corroborating");
		assertThat(get(this.api, "/api/v1/candidates?date=2019-03-14").<List<Object>>json("$.items")).isEmpty();
	}

	@Test
	void importsAFileOnceAndAnEventOnce() {
		Api.Response first = post(this.api, EXPORT, "KP", "RU");
		Map<String, Long> before = counts(this.jdbc);

		Api.Response again = post(this.api, EXPORT, "RU", "KP");
		Api.Response zipped = post(this.api, EXPORT + ".zip", "KP", "RU");

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.<Boolean>json("$.alreadyImported")).isTrue();
		assertThat(again.<Integer>json("$.id")).isEqualTo(first.<Integer>json("$.id"));
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		assertThat(zipped.status()).isEqualTo(201);
		assertThat(zipped.<Map<String, Object>>json("$.report.rows")).containsEntry("kept", 20)
			.containsEntry("added", 0)
			.containsEntry("alreadyImported", 20);
		assertThat(zipped.<Map<String, Object>>json("$.report.groups")).containsEntry("created", 0);
		assertThat(counts(this.jdbc)).containsEntry("groups", before.get("groups"))
			.containsEntry("candidates", before.get("candidates"))
			.containsEntry("imports", before.get("imports") + 1);
	}

	@Test
	void readsTheZipAsGdeltPublishesItAndAFormsFileField() {
		Api.Response zipped = post(this.api, EXPORT + ".zip", "KP", "RU");
		CandidateFixtures.clear(this.jdbc);
		String boundary = "----candidate-test";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + EXPORT
				+ ".zip\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] file = CandidateFixtures.fixture(EXPORT + ".zip");
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] form = new byte[head.length + file.length + tail.length];
		System.arraycopy(head, 0, form, 0, head.length);
		System.arraycopy(file, 0, form, head.length, file.length);
		System.arraycopy(tail, 0, form, head.length + file.length, tail.length);

		Api.Response posted = post(this.api, form, "multipart/form-data; boundary=" + boundary, Api.EDITOR, null, "KP", "RU");

		for (Api.Response response : List.of(zipped, posted)) {
			assertThat(response.status()).isEqualTo(201);
			assertThat(response.<String>json("$.file")).isEqualTo(EXPORT + ".zip");
			assertThat(response.<Map<String, Object>>json("$.report.rows")).containsEntry("lines", 400).containsEntry("added", 19);
		}
		assertThat(zipped.<String>json("$.sha256")).isEqualTo(posted.<String>json("$.sha256"));
	}

	@Test
	void readsPolecatRecordsAndGroupsThemWithGdeltsEventsOfTheSameContact() {
		post(this.api, EXPORT, "KP", "RU");

		Api.Response imported = post(this.api, POLECAT, "KP", "RU");

		assertThat(imported.status()).isEqualTo(201);
		assertThat(imported.<String>json("$.format")).isEqualTo("plover");
		assertThat(imported.<Map<String, Object>>json("$.report.rows")).containsEntry("lines", 200)
			.containsEntry("malformed", 5)
			.containsEntry("kept", 3);
		assertThat(imported.<List<Integer>>json("$.report.problems[*].line")).containsExactly(6, 7, 8, 9, 10);
		assertThat(imported.<List<String>>json("$.report.problems[*].message")).anySatisfy((message) -> assertThat(message)
			.isEqualTo("'mode' 'video' is not a CONSULT mode; PLOVER's are visit, host, third-party, multilateral, phone"));
		assertThat(imported.<Map<String, Object>>json("$.report.groups")).containsEntry("created", 2)
			.containsEntry("joined", 1);
		Api.Response summit = get(this.api, "/api/v1/candidates?date=2019-04-25&q=vladivostok");
		assertThat(summit.<List<Integer>>json("$.items[*].candidateCount")).containsExactly(5);
		assertThat(summit.<List<String>>json("$.items[0].candidates[*].origin")).contains("gdelt", "plover");
		Api.Response multilateral = get(this.api, "/api/v1/candidates?date=2019-10-05");
		assertThat(multilateral.<List<String>>json("$.items[*].kind.code")).containsExactly("040");
		assertThat(multilateral.<List<String>>json("$.items[*].title")).containsExactly("Sergei Lavrov and Ri Yong Ho: Consult");
	}

	@Test
	void keepsTheContactsOfOneCountryWithAnyOtherWhenOneIsAsked() {
		Api.Response imported = post(this.api, EXPORT, "prk");

		assertThat(imported.<Map<String, Object>>json("$.report.rows")).containsEntry("kept", 56).containsEntry("added", 55);
		assertThat(get(this.api, "/api/v1/candidates?country=CN&country=KP").<List<String>>json("$.items[*].title"))
			.contains("Xi Jinping and Kim Jong Un: Make a visit");
	}

	@Test
	void refusesAFileThatIsNoFileOfEventsAndImportsNothingOfIt() {
		Map<String, String> files = Map.of("truncated.export.CSV.zip", "is a damaged or truncated zip archive",
				"two-files.export.CSV.zip", "is a zip archive with more than one file in it",
				"20190425000000.mentions.CSV", "has no line that is a GDELT 2.0 event row (61 tab-separated columns)",
				"events.csv", "is neither format: its first line begins \"GLOBALEVENTID,SQLDATE,Actor1Name\"",
				"empty.export.CSV", "is empty");
		byte[] gzip = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0 };
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

		for (Map.Entry<String, String> file : files.entrySet()) {
			Api.Response refused = post(this.api, file.getKey(), "KP", "RU");

			assertThat(refused.status()).as(file.getKey()).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("file");
			assertThat(refused.<String>json("$.errors[0].message")).as(file.getKey()).contains(file.getValue());
		}
		assertThat(post(this.api, gzip, "application/gzip", Api.EDITOR, "x.gz", "KP").<String>json("$.errors[0].message"))
			.contains("gzip");
		assertThat(post(this.api, png, "image/png", Api.EDITOR, "x.png", "KP").<String>json("$.errors[0].message"))
			.contains("is neither format");
		assertThat(counts(this.jdbc)).containsExactlyInAnyOrderEntriesOf(Map.of("imports", 0L, "groups", 0L, "candidates", 0L));
	}

	@Test
	void saysWhatIsWrongWithTheRequestAndWhoMayImport() {
		Api.Response noCountry = post(this.api, EXPORT);
		Api.Response badCountry = post(this.api, EXPORT, "KP", "XX", "RUS%20");
		Api.Response anonymous = post(this.api, CandidateFixtures.fixture(EXPORT), "application/octet-stream", null, EXPORT, "KP");
		Api.Response form = post(this.api, CandidateFixtures.fixture(EXPORT), "application/x-www-form-urlencoded", Api.EDITOR,
				EXPORT, "KP");
		Api.Response unreadable = this.api.send(HttpRequest.newBuilder(this.api.uri("/api/v1/candidates")).GET().build());

		assertThat(noCountry.status()).isEqualTo(400);
		assertThat(noCountry.<String>json("$.errors[0].field")).isEqualTo("country");
		assertThat(noCountry.<String>json("$.errors[0].message")).startsWith("is required");
		assertThat(badCountry.status()).isEqualTo(400);
		assertThat(badCountry.<List<String>>json("$.errors[*].rejectedValue")).containsExactlyInAnyOrder("XX", "RUS ");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(form.status()).isEqualTo(415);
		assertThat(form.<String>json("$.detail")).contains("application/octet-stream");
		assertThat(unreadable.status()).isEqualTo(401);
		assertThat(counts(this.jdbc)).containsEntry("imports", 0L).containsEntry("candidates", 0L);
	}

	@Test
	void joinsTheEventsOfALaterFileToTheGroupsOfTheirContacts() {
		post(this.api, EXPORT, "KP", "RU");

		Api.Response later = post(this.api, LATER, "KP", "RU");

		assertThat(later.<Map<String, Object>>json("$.report.groups")).containsEntry("created", 1).containsEntry("joined", 2);
		Api.Response summit = get(this.api, "/api/v1/candidates?date=2019-04-27");
		assertThat(summit.<List<String>>json("$.items[*].endDate")).containsExactly("2019-04-27");
		assertThat(summit.<List<Integer>>json("$.items[*].candidateCount")).containsExactly(5);
	}

	@Test
	void mapsPlacesOnlyToCountriesTheTimelineKnows() {
		List<String> known = this.jdbc.sql("select code from country").query(String.class).list();

		assertThat(known).containsAll(FipsCountries.all().values());
	}

}
