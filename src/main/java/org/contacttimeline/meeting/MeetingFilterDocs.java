package org.contacttimeline.meeting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The OpenAPI description of the {@link MeetingFilter} parameters, shared by {@code /meetings} and
 * {@code /timeline}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "date", in = ParameterIn.QUERY, description = "Meetings in progress that day (yyyy-MM-dd)", example = "2019-03-05", schema = @Schema(type = "string", format = "date"))
@Parameter(name = "from", in = ParameterIn.QUERY, description = "Meetings that end on or after this day (inclusive overlap)", example = "2019-03-01", schema = @Schema(type = "string", format = "date"))
@Parameter(name = "to", in = ParameterIn.QUERY, description = "Meetings that start on or before this day (inclusive overlap)", example = "2019-03-31", schema = @Schema(type = "string", format = "date"))
@Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-2 or alpha-3 code, any case; repeatable, and every country given must take part (KP and RU: the bilateral filter)", example = "KP", array = @ArraySchema(schema = @Schema(type = "string")))
@Parameter(name = "host", in = ParameterIn.QUERY, description = "Country of the place (alpha-2 or alpha-3)", example = "RU")
@Parameter(name = "official", in = ParameterIn.QUERY, description = "Slug of an official who took part", example = "im-chon-il")
@Parameter(name = "delegation", in = ParameterIn.QUERY, description = "Slug of the delegation the meeting belongs to", example = "russian-senators-north-korea-2019-03")
@Parameter(name = "status", in = ParameterIn.QUERY, description = "held, planned, speculated or cancelled", example = "held", schema = @Schema(type = "string", allowableValues = { "held", "planned", "speculated", "cancelled" }))
@Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in titles, summaries, topics, places and names (in either script)", example = "political contacts")
@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size, 1 to 500 (default 50); exports without it are whole", example = "50", schema = @Schema(type = "integer", minimum = "1", maximum = "500"))
@Parameter(name = "cursor", in = ParameterIn.QUERY, description = "The 'next' value of the previous page, unchanged", example = "MXwyMDE5LTAzLTA0fGtpbS15b25nLWphZS1hbGV4YW5kZXIta296bG92LXRhbGtzLTIwMTktMDMtMDR8bWVldGluZw")
@Parameter(name = "format", in = ParameterIn.QUERY, description = "json (default), csv, ics, or timelinejs (timeline only); or name text/csv or text/calendar in Accept", example = "csv", schema = @Schema(type = "string", allowableValues = { "json", "csv", "ics", "timelinejs" }))
public @interface MeetingFilterDocs {
}
