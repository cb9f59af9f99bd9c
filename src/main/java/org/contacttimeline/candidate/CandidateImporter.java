package org.contacttimeline.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.contacttimeline.db.Deadline;
import org.contacttimeline.web.InvalidRequestException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file of events as candidate contacts, in one transaction: either the whole file is imported (its events
 * kept, grouped, matched with the meetings they corroborate, its report stored) or nothing is. The file is read once,
 * line by line, and kept events are written in batches, so that memory does not grow with the file. A file imported
 * before with the same country filter (the same SHA-256) adds nothing: the earlier import is answered; an event whose
 * id an earlier import brought is counted, not added again.
 */
@Component
class CandidateImporter {

	private static final int BATCH = 1000;

	private static final int PROGRESS = 100_000;

	private static final String INSERT = "insert into candidate (import_id, origin, event_id, event_date, kind_code, "
			+ "actor1_name, actor1_country, actor2_name, actor2_country, place, place_city, place_country, place_key, "
			+ "source_url, mentions) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
			+ "on conflict (origin, event_id) do nothing";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final GdeltEvents gdelt;

	private final PloverEvents plover;

	private final Grouping grouping;

	private final Corroboration corroboration;

	private final Imports imports;

	CandidateImporter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JsonMapper json,
			Grouping grouping, Corroboration corroboration, Imports imports) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.json = json;
		CameoCountries cameo = new CameoCountries();
		this.gdelt = new GdeltEvents(cameo);
		this.plover = new PloverEvents(json, cameo);
		this.grouping = grouping;
		this.corroboration = corroboration;
		this.imports = imports;
	}

	/**
	 * Imports a file.
	 * @param countries alpha-2 codes, at least one: the events kept are contacts between them (with one: between it
	 * and any other country)
	 * @param progress told every {@value #PROGRESS} lines how far the import is
	 * @param grouping the deadline of the grouping of the file's events, started when it starts
	 * @throws InvalidRequestException when the file is no file of events (empty, another format, a damaged archive)
	 * @throws Deadline.Passed when the grouping ran past its deadline (nothing is imported)
	 */
	ImportResponse run(InputStream in, String fileName, List<String> countries, String editor, Consumer<String> progress,
			Supplier<Deadline> grouping) {
		return this.transactions.execute((status) -> {
			try {
				Run run = new Run(Set.copyOf(countries), progress, grouping);
				return run.importFile(in, fileName, Imports.key(countries), editor, status::setRollbackOnly);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** One import, while it runs. */
	private final class Run {

		private final Set<String> countries;

		private final Consumer<String> progress;

		private final ImportTally tally = new ImportTally();

		private final List<Object[]> batch = new ArrayList<>(BATCH);

		private final Supplier<Deadline> groupingDeadline;

		private long importId;

		private Origin origin;

		Run(Set<String> countries, Consumer<String> progress, Supplier<Deadline> grouping) {
			this.countries = countries;
			this.progress = progress;
			this.groupingDeadline = grouping;
		}

		ImportResponse importFile(InputStream in, String fileName, String countryKey, String editor, Runnable rollback)
				throws IOException {
			OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
			this.importId = CandidateImporter.this.jdbc
				.queryForObject("select nextval(pg_get_serial_sequence('candidate_import', 'id'))", Long.class);
			EventFile file = EventFile.open(in);
			this.origin = file.format();
			Function<String, Parsed> parser = (this.origin == Origin.GDELT) ? CandidateImporter.this.gdelt::parse
					: CandidateImporter.this.plover::parse;
			for (String line = file.next(); line != null; line = file.next()) {
				// by number, not by count: blank lines before the first are read with it
				this.tally.lines = file.lineNumber();
				if (file.lineTooLong()) {
					this.tally.malformed(file.lineNumber(), "length", "is longer than " + Lines.MAX_LENGTH + " characters");
				}
				else {
					Parsed parsed = parser.apply(line);
					if (parsed instanceof Parsed.Event event) {
						keep(event.event());
					}
					else if (parsed instanceof Parsed.Malformed malformed) {
						this.tally.malformed(file.lineNumber(), malformed.kind(), malformed.message());
					}
				}
				if (this.tally.lines % PROGRESS == 0) {
					this.progress.accept("read " + this.tally.lines + " lines, kept " + this.tally.kept + " events");
				}
			}
			flush();
			String sha256 = file.finish();
			if (this.tally.events == 0) {
				throw noEvents();
			}
			Long id = CandidateImporter.this.jdbc.query("insert into candidate_import (id, file_name, format, countries, "
					+ "sha256, editor, started_at, finished_at, report) values (?, ?, ?, ?, ?, ?, ?, ?, ?::json) "
					+ "on conflict (sha256, countries) do nothing returning id", (rs) -> rs.next() ? rs.getLong(1) : null,
					this.importId, fileName, this.origin.value(), countryKey, sha256, editor, started,
					OffsetDateTime.now(ZoneOffset.UTC), report(new ImportReport.Groups(0, 0, 0)));
			if (id == null) {
				// the same file with the same filter: what this run wrote goes, the earlier import is the answer
				rollback.run();
				return CandidateImporter.this.imports.find(sha256, countryKey).orElseThrow();
			}
			Grouping.Result grouped = CandidateImporter.this.grouping.group(this.importId, this.groupingDeadline.get());
			int corroborating = CandidateImporter.this.corroboration.check(this.importId);
			CandidateImporter.this.jdbc.update("update candidate_import set report = ?::json, finished_at = ? where id = ?",
					report(new ImportReport.Groups(grouped.created(), grouped.joined(), corroborating)),
					OffsetDateTime.now(ZoneOffset.UTC), this.importId);
			return CandidateImporter.this.imports.find(this.importId).orElseThrow();
		}

		/** Keeps an event that is a contact between the countries asked; counts every other. */
		private void keep(EventRecord event) {
			this.tally.events++;
			if (event.code() == null || !Cameo.CONTACTS.contains(event.code())) {
				this.tally.otherCodes++;
				return;
			}
			String a = event.actor1().country();
			String b = event.actor2().country();
			if (a == null || b == null) {
				this.tally.unmappedCountries++;
				if (a == null) {
					this.tally.unmapped(event.actor1().code());
				}
				if (b == null) {
					this.tally.unmapped(event.actor2().code());
				}
				return;
			}
			if (a.equals(b)) {
				this.tally.sameCountry++;
				return;
			}
			boolean between = (this.countries.size() == 1) ? this.countries.contains(a) || this.countries.contains(b)
					: this.countries.contains(a) && this.countries.contains(b);
			if (!between) {
				this.tally.otherCountries++;
				return;
			}
			this.tally.kept++;
			EventRecord.Place place = event.place();
			this.batch.add(new Object[] { this.importId, this.origin.value(), event.eventId(), Date.valueOf(event.date()),
					event.code(), cut(event.actor1().name(), 300), a, cut(event.actor2().name(), 300), b,
					cut(place.name(), 500), cut(place.city(), 200), place.country(), cut(place.key(), 100),
					cut(event.sourceUrl(), 2000), event.mentions() });
			if (this.batch.size() == BATCH) {
				flush();
			}
		}

		private void flush() {
			if (this.batch.isEmpty()) {
				return;
			}
			for (int count : CandidateImporter.this.jdbc.batchUpdate(INSERT, this.batch)) {
				if (count > 0) {
					this.tally.added++;
				}
				else {
					this.tally.alreadyImported++;
				}
			}
			this.batch.clear();
		}

		private String report(ImportReport.Groups groups) {
			return CandidateImporter.this.json.writeValueAsString(this.tally.report(groups));
		}

		private InvalidRequestException noEvents() {
			StringBuilder message = new StringBuilder("has no line that is ")
				.append(this.origin == Origin.GDELT ? "a GDELT 2.0 event row (61 tab-separated columns)" : "a PLOVER record")
				.append("; nothing was imported");
			this.tally.problems().stream().limit(3).forEach((problem) -> message.append("; line ")
				.append(problem.line()).append(": ").append(problem.message()));
			return new InvalidRequestException("file", message.toString(), null);
		}

	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
