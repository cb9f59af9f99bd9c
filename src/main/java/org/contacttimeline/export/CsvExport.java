package org.contacttimeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.contacttimeline.contact.ParticipantResponse;
import org.contacttimeline.source.SourceResponse;
import org.contacttimeline.contact.TimelineEntry;
import org.contacttimeline.web.Format;

/**
 * RFC 4180 CSV, UTF-8, a header row and one row per meeting or visit; lists (countries, participants, topics,
 * sources) are joined in one cell with {@code "; "}.
 */
class CsvExport extends ExportConverter {

	static final List<String> HEADER = List.of("type", "slug", "title", "start_date", "end_date", "date_precision",
			"status", "kind_code", "kind_label", "city", "venue", "location_country", "countries", "participants",
			"unnamed_parties", "delegation", "summary", "topics", "sources", "notes");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader(HEADER.toArray(String[]::new))
		.get();

	CsvExport() {
		super(Format.CSV.mediaType(), "csv");
	}

	@Override
	void write(Iterator<TimelineEntry> entries, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, FORMAT);
		while (entries.hasNext()) {
			TimelineEntry e = entries.next();
			csv.printRecord(e.type(), e.slug(), e.title(), e.startDate(), e.endDate(), e.datePrecision(), e.status(),
					e.kind() != null ? e.kind().code() : null, e.kind() != null ? e.kind().label() : null,
					e.location().city(), e.location().venue(), e.location().country(), String.join("; ", e.countries()),
					e.participants().stream().map(CsvExport::participant).collect(Collectors.joining("; ")),
					e.unnamedParties().stream()
						.map((u) -> u.description() + (u.country() != null ? " (" + u.country() + ")" : ""))
						.collect(Collectors.joining("; ")),
					e.delegation() != null ? e.delegation().slug() : null, e.summary(), String.join("; ", e.topics()),
					e.sources().stream().map(CsvExport::source).collect(Collectors.joining("; ")), e.notes());
		}
		csv.flush();
	}

	private static String participant(ParticipantResponse p) {
		return p.name() + " (" + p.country() + ", " + p.role() + ")";
	}

	private static String source(SourceResponse s) {
		return s.publisher() + (s.headline() != null ? ", \u201c" + s.headline() + "\u201d" : "") + ": \"" + s.quote() + "\"";
	}

}
