package org.contacttimeline.candidate;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an import found in a file and did with it, as it is stored with the import and shown to its editor.
 *
 * @param rows how the lines of the file were counted
 * @param groups what deduplication made of the events kept
 * @param unmappedCountryCodes actor country codes that name no country the timeline knows, with how often each came
 * (at most {@value ImportTally#MAX_CODES} codes; the rest are counted under {@code "..."})
 * @param problems the first {@value ImportTally#MAX_PROBLEMS} malformed lines, each with its number and what is
 * wrong with it
 * @param problemsNotShown how many more lines were malformed
 */
record ImportReport(Rows rows, Groups groups, Map<String, Long> unmappedCountryCodes, List<Problem> problems,
		long problemsNotShown) {

	/**
	 * @param lines every line of the file
	 * @param events lines that are events (well-formed rows or records)
	 * @param kept events of a contact code between the countries asked
	 * @param added events kept and new
	 * @param alreadyImported events kept whose id an earlier import (or an earlier line) already brought
	 * @param otherCodes events of another code (not a contact)
	 * @param otherCountries contacts not between the countries asked
	 * @param sameCountry contacts whose two sides are of one country
	 * @param unmappedCountries contacts with a side whose country code names no country (see unmappedCountryCodes)
	 * @param malformed lines that are no event, by what was wrong (columns, id, date, code, mentions, json, ...)
	 */
	record Rows(long lines, long events, long kept, long added, long alreadyImported, long otherCodes,
			long otherCountries, long sameCountry, long unmappedCountries, long malformed,
			Map<String, Long> malformedBy) {
	}

	/**
	 * @param created new groups
	 * @param joined groups from earlier imports that events of this one joined
	 * @param corroborating groups of this import found to report a meeting already in the timeline
	 */
	record Groups(long created, long joined, long corroborating) {
	}

	/** A malformed line: its number (from 1) and what is wrong with it. */
	@Schema(name = "ImportLineProblem")
	record Problem(long line, String message) {
	}

}
