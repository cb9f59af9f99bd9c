package org.contacttimeline;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.contacttimeline.client.ApiClient;
import org.contacttimeline.client.ApiException;
import org.contacttimeline.client.ApiResponse;
import org.contacttimeline.client.api.MeetingsApi;
import org.contacttimeline.client.api.TimelineApi;
import org.contacttimeline.client.model.CitationRequest;
import org.contacttimeline.client.model.FieldError;
import org.contacttimeline.client.model.MeetingPage;
import org.contacttimeline.client.model.MeetingRequest;
import org.contacttimeline.client.model.MeetingRequestKind;
import org.contacttimeline.client.model.MeetingRequestLocation;
import org.contacttimeline.client.model.ParticipantRequest;
import org.contacttimeline.client.model.MeetingResponse;
import org.contacttimeline.client.model.ParticipantResponse;
import org.contacttimeline.client.model.Problem;
import org.contacttimeline.client.model.TimelineEntry;
import org.contacttimeline.client.model.TimelinePage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * The README's examples through the Java client that the build generates from the API document
 * ({@code src/docs/openapi.json}, kept equal to the served one by {@code ApiDocsTests}): what a developer gets who
 * generates a client instead of writing curl. The client fails on any field the document does not describe.
 */
@ApiTest
@RestoresSeed
class GeneratedClientTests {

	@Autowired
	Api api;

	ApiClient client;

	MeetingsApi meetings;

	TimelineApi timeline;

	@BeforeEach
	void connect() {
		this.client = client();
		this.meetings = new MeetingsApi(this.client);
		this.timeline = new TimelineApi(this.client);
	}

	@Test
	void readsTheMeetingsOfADayAndOfACountryPair() throws ApiException {
		MeetingPage onTheFifth = this.meetings.listMeetings(LocalDate.of(2019, 3, 5), null, null, null, null, null, null,
				null, null, null, null, null, null, null);
		MeetingPage bilateral = this.meetings.listMeetings(null, null, null, List.of("KP", "RU"), null, null, null, null,
				null, null, null, null, null, null);
		MeetingPage held = this.meetings.listMeetings(null, null, null, List.of("prk", "rus"), null, null, null, "held",
				null, null, null, null, null, null);

		assertThat(onTheFifth.getItems()).flatMap(MeetingResponse::getParticipants)
			.extracting(ParticipantResponse::getSlug)
			.containsExactly("kim-yong-jae", "alexander-kozlov", "han-man-hyok");
		assertThat(bilateral.getItems()).extracting(MeetingResponse::getSlug)
			.hasSize(6)
			.doesNotContain("us-north-korea-summit-hanoi-2019-02-27")
			.last()
			.isEqualTo("kim-jong-un-vladimir-putin-summit-in-moscow");
		assertThat(bilateral.getNext()).isNull();
		assertThat(held.getItems()).isNotEmpty().allSatisfy((meeting) -> assertThat(meeting.getStatus()).isEqualTo(MeetingResponse.StatusEnum.HELD));
	}

	@Test
	void readsOneMeetingWithItsVersion() throws ApiException {
		ApiResponse<MeetingResponse> read = this.meetings.getMeetingWithHttpInfo("im-chon-il-igor-morgulov-talks-2019-03-14");

		assertThat(read.getData().getTitle()).contains("Im Chon-il").contains("Igor Morgulov");
		assertThat(read.getData().getStartDate()).isEqualTo(LocalDate.of(2019, 3, 14));
		assertThat(read.getData().getSources()).isNotEmpty().allSatisfy((source) -> assertThat(source.getQuote()).isNotBlank());
		assertThat(header(read, "ETag")).matches("\"[0-9]+\"");
	}

	@Test
	void readsTheTimelineOfAMonth() throws ApiException {
		TimelinePage march = this.timeline.getTimeline(null, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), null,
				null, null, null, null, null, null, null, null, null, null);

		assertThat(march.getItems()).extracting(TimelineEntry::getType)
			.contains(TimelineEntry.TypeEnum.MEETING, TimelineEntry.TypeEnum.DELEGATION);
		assertThat(march.getItems()).extracting(TimelineEntry::getSlug).contains("russian-senators-north-korea-2019-03",
				"im-chon-il-igor-morgulov-talks-2019-03-14");
	}

	@Test
	void readsBadInputAsAProblemNamingEachParameter() {
		ApiException thrown = catchThrowableOfType(ApiException.class, () -> this.meetings.listMeetings(null, null, null,
				List.of("XX"), null, null, null, null, null, null, null, 0, null, null));

		assertThat(thrown.getCode()).isEqualTo(400);
		assertThat(thrown.getResponseHeaders().firstValue("Content-Type")).get(as(STRING)).startsWith("application/problem+json");
		Problem problem = problem(thrown);
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactlyInAnyOrder("country", "limit");
		assertThat(problem.getErrors()).extracting(FieldError::getRejectedValue).containsExactlyInAnyOrder("XX", "0");
	}

	@Test
	void letsTheEditorCreateAMeetingAndReplaceItNamingTheVersionRead() throws ApiException {
		// the document declares HTTP Basic on writes; java.net.http's client takes it as a header
		MeetingsApi editor = new MeetingsApi(client().setRequestInterceptor((request) -> request.header("Authorization", Api.EDITOR)));
		MeetingRequest summit = new MeetingRequest().title("Kim Jong-un and Vladimir Putin hold their first summit")
			.startDate(LocalDate.of(2019, 4, 25))
			.status(MeetingRequest.StatusEnum.HELD)
			// a CAMEO code alone, as the README sends it; {"code": "044"} is new MeetingRequestKind(new MeetingRequestKindObject()...)
			.kind(new MeetingRequestKind("044"))
			.location(new MeetingRequestLocation().city("Vladivostok").venue("Far Eastern Federal University").country("RU"))
			.participants(List.of(new ParticipantRequest().official("kim-jong-un").role("North Korean leader"),
					new ParticipantRequest().official("vladimir-putin").role("Russian President")))
			.sources(List.of(new CitationRequest().publisher("Example Wire")
				.headline("Kim and Putin meet")
				.quote("Kim and Putin met in Vladivostok on April 25")));

		ApiResponse<MeetingResponse> created = editor.createMeetingWithHttpInfo(summit);

		assertThat(created.getStatusCode()).isEqualTo(201);
		String slug = created.getData().getSlug();
		assertThat(slug).isEqualTo("kim-jong-un-and-vladimir-putin-hold-their-first-summit-2019-04-25");
		assertThat(URI.create(header(created, "Location")).getPath()).isEqualTo("/api/v1/meetings/" + slug);
		String version = header(created, "ETag");
		assertThat(version).isEqualTo("\"0\"");

		ApiResponse<MeetingResponse> replaced = editor.replaceMeetingWithHttpInfo(slug, version,
				summit.summary("Their first summit, on Russky Island."));

		assertThat(replaced.getData().getSummary()).isEqualTo("Their first summit, on Russky Island.");
		assertThat(header(replaced, "ETag")).isEqualTo("\"1\"");
		assertThat(this.meetings.getMeeting(slug).getSummary()).isEqualTo("Their first summit, on Russky Island.");
		ApiException stale = catchThrowableOfType(ApiException.class,
				() -> editor.replaceMeeting(slug, version, summit.summary("Written over a version no longer current")));
		assertThat(stale.getCode()).isEqualTo(412);
		assertThat(problem(stale).getDetail()).isNotBlank();
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.meetings.createMeeting(summit.title("Without the editor's password")))
			.satisfies((refused) -> assertThat(refused.getCode()).isEqualTo(401));
	}

	/** A client of the service under test that fails on a field the document does not describe. */
	private ApiClient client() {
		ApiClient client = new ApiClient();
		client.updateBaseUri(this.api.base());
		client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		return client;
	}

	private static String header(ApiResponse<?> response, String name) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(response.getHeaders());
		return headers.containsKey(name) ? headers.get(name).get(0) : null;
	}

	private Problem problem(ApiException thrown) {
		try {
			return this.client.getObjectMapper().readValue(thrown.getResponseBody(), Problem.class);
		}
		catch (java.io.IOException ex) {
			throw new AssertionError("not a problem the document describes: " + thrown.getResponseBody(), ex);
		}
	}

}
