package org.contacttimeline.candidate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of an import while it reads, in bounded memory: the first {@value #MAX_PROBLEMS} problems are kept with
 * their line numbers, the rest only counted; at most {@value #MAX_CODES} distinct unmapped country codes are named.
 */
final class ImportTally {

	static final int MAX_PROBLEMS = 100;

	static final int MAX_CODES = 50;

	long lines;

	long events;

	long kept;

	long added;

	long alreadyImported;

	long otherCodes;

	long otherCountries;

	long sameCountry;

	long unmappedCountries;

	long malformed;

	private final Map<String, Long> malformedBy = new TreeMap<>();

	private final Map<String, Long> unmapped = new TreeMap<>();

	private final List<ImportReport.Problem> problems = new ArrayList<>();

	void malformed(long line, String kind, String message) {
		this.malformed++;
		this.malformedBy.merge(kind, 1L, Long::sum);
		if (this.problems.size() < MAX_PROBLEMS) {
			this.problems.add(new ImportReport.Problem(line, message));
		}
	}

	void unmapped(String code) {
		String key = (code == null || code.isBlank()) ? "(blank)" : Parsed.shown(code).replace("'", "");
		if (!this.unmapped.containsKey(key) && this.unmapped.size() >= MAX_CODES) {
			key = "...";
		}
		this.unmapped.merge(key, 1L, Long::sum);
	}

	List<ImportReport.Problem> problems() {
		return List.copyOf(this.problems);
	}

	ImportReport report(ImportReport.Groups groups) {
		return new ImportReport(new ImportReport.Rows(this.lines, this.events, this.kept, this.added,
				this.alreadyImported, this.otherCodes, this.otherCountries, this.sameCountry, this.unmappedCountries,
				this.malformed, Collections.unmodifiableMap(new TreeMap<>(this.malformedBy))), groups, Collections.unmodifiableMap(new TreeMap<>(this.unmapped)), problems(),
				this.malformed - this.problems.size());
	}

}
