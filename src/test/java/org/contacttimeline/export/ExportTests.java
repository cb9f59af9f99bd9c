package org.contacttimeline.export;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ExportTests {

	private static final String MARCH = "from=2019-03-01&to=2019-03-31";

	@Autowired
	Api api;

	@Test
	void exportsMeetingsAsCsvThatACsvParserReadsBack() throws Exception {
		Api.Response response = this.api.get("/api/v1/meetings?format=csv&" + MARCH);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"meetings_from-2019-03-01_to-2019-03-31.csv\"");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(response.body())).getRecords();
		assertThat(rows).extracting((row) -> row.get("slug")).containsExactly(
				"kim-yong-jae-alexander-kozlov-talks-2019-03-04", "han-man-hyok-moscow-photo-exhibition-2019-03-05",
				"im-chon-il-igor-morgulov-talks-2019-03-14", "russian-senators-business-meetings-pyongyang-2019-03-16",
				"russian-senators-visit-north-korea-2019-03-16");
		CSVRecord talks = rows.get(2);
		assertThat(talks.get("start_date")).isEqualTo("2019-03-14");
		assertThat(talks.get("venue")).isEqualTo("Guesthouse of the Russian Foreign Ministry");
		assertThat(talks.get("countries")).isEqualTo("KP; RU");
		assertThat(talks.get("participants")).isEqualTo(
				"Im Chon-il (KP, Vice Foreign Minister); Igor Morgulov (RU, Deputy Foreign Minister)");
		assertThat(talks.get("sources")).contains("\"On March 14, North Korean Vice Foreign Minister Im Chon-il met with");
	}

	@Test
	void answersJsonToAClientThatAcceptsAnythingOrSaysNothing() {
		for (String accept : new String[] { null, "*/*", "application/json", "text/html,*/*;q=0.8" }) {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.api.uri("/api/v1/meetings?" + MARCH));
			if (accept != null) {
				request.header("Accept", accept);
			}

			Api.Response response = this.api.send(request.build());

			assertThat(response.header("Content-Type")).as(String.valueOf(accept)).startsWith("application/json");
			assertThat(response.body()).startsWith("{\"items\":[");
		}
	}

	@Test
	void choosesTheFormatByAcceptAsByTheFormatParameter() {
		HttpRequest byAccept = HttpRequest.newBuilder(this.api.uri("/api/v1/timeline?" + MARCH))
			.header("Accept", "text/csv")
			.build();

		assertThat(this.api.send(byAccept).body()).isEqualTo(this.api.get("/api/v1/timeline?format=csv&" + MARCH).body());
		assertThat(this.api.get("/api/v1/timeline?format=json&" + MARCH).header("Content-Type")).startsWith("application/json");
	}

	@Test
	void exportsTheTimelineAsICalendarThatAnICalendarParserReadsBack() throws Exception {
		Api.Response response = this.api.get("/api/v1/timeline?format=ics&country=KP&to=2019-12-31");

		assertThat(response.header("Content-Type")).isEqualTo("text/calendar;charset=UTF-8");
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
		List<VEvent> events = calendar.getComponents("VEVENT");
		Map<String, VEvent> byUid = new java.util.HashMap<>();
		events.forEach((event) -> byUid.put(event.getUid().orElseThrow().getValue(), event));
		assertThat(byUid).containsKeys("meeting-im-chon-il-igor-morgulov-talks-2019-03-14@contact-timeline",
				"delegation-russian-senators-north-korea-2019-03@contact-timeline",
				"meeting-kim-il-sung-state-visit-to-moscow-1949@contact-timeline")
			.doesNotContainKey("meeting-kim-jong-un-vladimir-putin-summit-in-moscow@contact-timeline");
		VEvent kozlov = byUid.get("meeting-kim-yong-jae-alexander-kozlov-talks-2019-03-04@contact-timeline");
		assertThat(kozlov.<DtStart<LocalDate>>getProperty("DTSTART").orElseThrow().getDate()).isEqualTo(LocalDate.of(2019, 3, 4));
		assertThat(kozlov.<DtEnd<LocalDate>>getProperty("DTEND").orElseThrow().getDate()).isEqualTo(LocalDate.of(2019, 3, 7));
		assertThat(kozlov.getLocation().getValue()).isEqualTo("Moscow, RU");
		assertThat(kozlov.getDescription().getValue()).contains("Kim Yong-jae (KP), Minister for External Economic Affairs")
			.contains("Source: The Korea Times");
		VEvent year1949 = byUid.get("meeting-kim-il-sung-state-visit-to-moscow-1949@contact-timeline");
		assertThat(year1949.<DtEnd<LocalDate>>getProperty("DTEND").orElseThrow().getDate()).isEqualTo(LocalDate.of(1950, 1, 1));
		assertThat(year1949.getDescription().getValue()).startsWith("Dates known to the year only.");
		assertThat(response.body()).contains("DTSTART;VALUE=DATE:20190314");
		assertThat(this.api.get("/api/v1/timeline?format=ics&country=KP&to=2019-12-31").body())
			.as("the same export twice, byte for byte").isEqualTo(response.body());
	}

	@Test
	void exportsTheTimelineInTheTimelineJsFormat() {
		Api.Response response = this.api.get("/api/v1/timeline?format=timelinejs&to=2019-12-31");

		assertThat(response.<String>json("$.title.text.headline")).isEqualTo("Contact Timeline");
		List<Map<String, Object>> events = response.json("$.events");
		assertThat(events).allSatisfy((event) -> assertThat(event).containsKeys("start_date", "text", "group", "unique_id"));
		assertThat(response.<List<String>>json("$.events[*].unique_id")).contains("meeting-us-north-korea-summit-hanoi-2019-02-27",
				"delegation-russian-senators-north-korea-2019-03")
			.doesNotContain("meeting-kim-jong-un-vladimir-putin-summit-in-moscow");
		assertThat(response.<List<Object>>json("$.events[?(@.unique_id == 'meeting-kim-il-sung-state-visit-to-moscow-1949')].start_date"))
			.extracting(Object::toString).containsExactly("{year=1949}");
		assertThat(response.<List<String>>json("$.events[?(@.unique_id == 'meeting-kim-il-sung-state-visit-to-moscow-1949')].display_date"))
			.containsExactly("1949");
		assertThat(response.<List<Object>>json("$.events[?(@.unique_id == 'delegation-russian-senators-north-korea-2019-03')].end_date"))
			.extracting(Object::toString).containsExactly("{year=2019, month=3, day=21}");
		assertThat(response.<List<String>>json("$.events[?(@.unique_id == 'delegation-russian-senators-north-korea-2019-03')].group"))
			.containsExactly("delegation");
		assertThat(response.<List<String>>json("$.events[?(@.unique_id == 'meeting-im-chon-il-igor-morgulov-talks-2019-03-14')].text.text"))
			.singleElement().asString().contains("<blockquote>On March 14, North Korean Vice Foreign Minister Im Chon-il");
	}

	@Test
	void pagesAnExportWhenALimitIsGivenAndStreamsItWholeOtherwise() throws Exception {
		Api.Response page = this.api.get("/api/v1/meetings?format=csv&limit=2&country=KP");
		Api.Response whole = this.api.get("/api/v1/meetings?format=csv&country=KP");

		assertThat(CSVFormat.RFC4180.parse(new StringReader(page.body())).getRecords()).hasSize(3);
		assertThat(page.header("Link")).contains("format=csv").contains("cursor=").contains("rel=\"next\"");
		assertThat(CSVFormat.RFC4180.parse(new StringReader(whole.body())).getRecords()).hasSizeGreaterThanOrEqualTo(9);
		assertThat(whole.header("Link")).isNull();
	}

	@Test
	void answersRevalidationsWithNotModifiedAndCompressesWhatItSends() throws Exception {
		for (String url : List.of("/api/v1/meetings?" + MARCH, "/api/v1/timeline?format=ics", "/api/v1/countries",
				"/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14")) {
			Api.Response first = this.api.get(url);
			Api.Response again = this.api.send(HttpRequest.newBuilder(this.api.uri(url))
				.header("If-None-Match", first.header("ETag"))
				.build());

			assertThat(first.header("ETag")).as(url).isNotBlank();
			assertThat(first.header("Cache-Control")).as(url).isEqualTo("no-cache");
			assertThat(again.status()).as(url).isEqualTo(304);
			assertThat(again.body()).isEmpty();
		}
		var gzipped = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(this.api.uri("/api/v1/timeline"))
			.header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (var in = new GZIPInputStream(gzipped.body())) {
			assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"items\":[");
		}
	}

}
