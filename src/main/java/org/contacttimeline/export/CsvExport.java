package org.contacttimeline.export;

import java.io.IOException;
import java.io.Writer;
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
 * sources) are joined in one cell with {@code "; "}; free text that a spreadsheet would take for a formula is
 * neutralised (see {@link #text}). An export cut off by a failure ends with a row of type {@code error}.
 */
class CsvExport extends ExportConverter {

	static final List<String> HEADER = List.of("type", "slug", "title", "start_date", "end_date", "date_precision",
			"status", "kind_code", "kind_label", "city", "venue", "location_country", "countries", "participants",
			"unnamed_parties", "delegation", "summary", "topics", "sources", "notes");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader(HEADER.toArray(String[]::new))
		.get();

	CsvExport(ExportBound bound) {
		super(Format.CSV.mediaType(), "csv", bound);
	}

	@Override
	void write(Iterator<TimelineEntry> entries, Writer writer) throws IOException {
		CSVPrinter csv = new CSVPrinter(writer, FORMAT);
		while (entries.hasNext()) {
			TimelineEntry e = entries.next();
			csv.printRecord(e.type(), e.slug(), text(e.title()), e.startDate(), e.endDate(), e.datePrecision(),
					e.status(), e.kind() != null ? e.kind().code() : null, e.kind() != null ? text(e.kind().label()) : null,
					text(e.location().city()), text(e.location().venue()), e.location().country(),
					String.join("; ", e.countries()),
					text(e.participants().stream().map(CsvExport::participant).collect(Collectors.joining("; "))),
					text(e.unnamedParties().stream()
						.map((u) -> u.description() + (u.country() != null ? " (" + u.country() + ")" : ""))
						.collect(Collectors.joining("; "))),
					e.delegation() != null ? e.delegation().slug() : null, text(e.summary()),
					text(String.join("; ", e.topics())),
					text(e.sources().stream().map(CsvExport::source).collect(Collectors.joining("; "))), text(e.notes()));
		}
		csv.flush();
	}

	/** A last row of type {@code error}, its message where a title goes. */
	@Override
	void failed(Writer out, String why) throws IOException {
		CSVFormat.RFC4180.printRecord(out, "error", "", why);
	}

	/**
	 * A cell of free text as OWASP's "CSV Injection" advice has it: text that a spreadsheet would read as a formula
	 * (it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, or their full-width
	 * forms) is prefixed with a single quote, so that it is shown as text and never run. Typed cells (type, slug,
	 * dates, precision, status, codes) are written as they are: the service checks their form on every write, and
	 * none of them can begin so, except an ISO date before year 1 ({@code -0044-03-15}), which is a date and stays one.
	 */
	static String text(String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		return FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	private static String participant(ParticipantResponse p) {
		return p.name() + " (" + p.country() + ", " + p.role() + ")";
	}

	private static String source(SourceResponse s) {
		return s.publisher() + (s.headline() != null ? ", \u201c" + s.headline() + "\u201d" : "") + ": \"" + s.quote() + "\"";
	}

}
