package org.contacttimeline.timeline;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The shape of the TimelineJS3 JSON that {@link TimelineJs} writes, for the API document (a test reads an answer
 * against it).
 */
@Schema(name = "TimelineJs", description = "TimelineJS3 JSON, for new TL.Timeline(element, data); undated entries are left out")
record TimelineJsSchema(@Schema(requiredMode = RequiredMode.REQUIRED) Slide title,
		@Schema(requiredMode = RequiredMode.REQUIRED) List<Event> events) {

	@Schema(name = "TimelineJsSlide", description = "The title slide")
	record Slide(@Schema(requiredMode = RequiredMode.REQUIRED) Text text) {
	}

	@Schema(name = "TimelineJsText")
	record Text(@Schema(description = "HTML, escaped") String headline,
			@Schema(description = "HTML: the summary, the participants with their roles, the quoted sources") String text) {
	}

	@Schema(name = "TimelineJsDate", description = "As precise as known: a year, a month or a day")
	record Date(@Schema(requiredMode = RequiredMode.REQUIRED) int year, Integer month, Integer day) {
	}

	@Schema(name = "TimelineJsEvent")
	record Event(@Schema(requiredMode = RequiredMode.REQUIRED) Date start_date,
			@Schema(description = "absent when the entry ends in the unit it starts in") Date end_date,
			@Schema(description = "for month or year precision: March 2019, 1949") String display_date,
			@Schema(requiredMode = RequiredMode.REQUIRED) Text text,
			@Schema(allowableValues = { "meeting", "delegation" }) String group,
			@Schema(description = "the entry's type and slug", example = "meeting-im-chon-il-igor-morgulov-talks-2019-03-14") String unique_id) {
	}

}
