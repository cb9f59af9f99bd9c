package org.contacttimeline.export;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.contacttimeline.web.Page.Streamed;
import org.junit.jupiter.api.Test;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.http.MockHttpOutputMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An export that fails once it has begun says so in its last line, where the format has room for one, and the failure
 * goes on (the advice leaves it to the container, which cuts the chunked stream short); a whole export stops at its
 * own time bound.
 */
class ExportFailureTests {

	private final ExportBound bound = new ExportBound(Duration.ofMinutes(2), null);

	@Test
	void endsACsvExportCutOffByTheDatabaseWithAnErrorRow() {
		MockHttpOutputMessage output = new MockHttpOutputMessage();

		assertThatThrownBy(() -> new CsvExport(this.bound).writeInternal(failing(), output))
			.isInstanceOf(QueryTimeoutException.class);

		String[] lines = output.getBodyAsString(StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).startsWith("type,slug,title");
		assertThat(lines[lines.length - 1]).startsWith("error,,\"The export failed here and is incomplete");
	}

	@Test
	void endsAnIcsExportCutOffWithAnErrorPropertyAndNoEndOfCalendar() {
		MockHttpOutputMessage output = new MockHttpOutputMessage();

		assertThatThrownBy(() -> new IcsExport(this.bound).writeInternal(failing(), output))
			.isInstanceOf(QueryTimeoutException.class);

		String body = output.getBodyAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("BEGIN:VCALENDAR").contains("X-CONTACT-TIMELINE-ERROR:The export failed here")
			.doesNotContain("END:VCALENDAR");
	}

	@Test
	void stopsAWholeExportAtItsOwnTimeBound() {
		MockHttpOutputMessage output = new MockHttpOutputMessage();
		Streamed<Object> endless = new Streamed<>(() -> new java.util.Iterator<>() {

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public Object next() {
				throw new AssertionError("no entry is read past the bound");
			}

		});

		assertThatThrownBy(() -> new CsvExport(new ExportBound(Duration.ZERO, null)).writeInternal(endless, output))
			.isInstanceOf(Streamed.Overran.class)
			.hasMessageContaining("an export may take");
		assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).contains("error,,\"The export failed here");
	}

	/** A whole list whose next page the database does not give. */
	private static Streamed<Object> failing() {
		return Streamed.of((cursor) -> {
			throw new QueryTimeoutException("canceling statement due to statement timeout");
		});
	}

}
