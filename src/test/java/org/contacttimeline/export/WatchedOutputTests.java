package org.contacttimeline.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The output of a whole export sends what it is given unchanged, and notices a client that has gone while the export
 * writes nothing (a statement is running): it cancels the statement, and the export's next write fails.
 */
class WatchedOutputTests {

	@Test
	void sendsEveryByteUnchangedToAClientThatStays() throws IOException {
		ByteArrayOutputStream client = new ByteArrayOutputStream();
		WatchedOutput output = new WatchedOutput(client, () -> {
			throw new AssertionError("nothing to cancel");
		});
		String text = "type,slug,title\r\n" + "meeting,a-meeting,A meeting\r\n".repeat(2_000);

		output.write(text.substring(0, 10_000).getBytes(StandardCharsets.UTF_8));
		output.flush();
		output.watch();
		output.write(text.substring(10_000).getBytes(StandardCharsets.UTF_8));
		output.flush();
		assertThat(client.size()).isLessThan(text.length());
		output.finish();

		assertThat(client.toString(StandardCharsets.UTF_8)).isEqualTo(text);
	}

	@Test
	void cancelsTheStatementWithinASecondWhenTheClientGoesWhileNothingIsWritten() throws IOException {
		AtomicBoolean gone = new AtomicBoolean();
		AtomicLong cancelled = new AtomicLong();
		OutputStream client = new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				if (gone.get()) {
					throw new IOException("Broken pipe");
				}
			}

		};
		WatchedOutput output = new WatchedOutput(client, () -> cancelled.set(System.nanoTime()));
		output.write(new byte[WatchedOutput.STEP]);
		output.watch();

		gone.set(true);
		long left = System.nanoTime();
		long deadline = left + Duration.ofSeconds(5).toNanos();
		while (cancelled.get() == 0 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}

		assertThat(cancelled.get()).as("cancelled").isPositive();
		assertThat(Duration.ofNanos(cancelled.get() - left)).isLessThan(Duration.ofSeconds(1));
		assertThat(output.gone()).hasMessage("Broken pipe");
		assertThatThrownBy(() -> output.write(1)).isSameAs(output.gone());
	}

}
