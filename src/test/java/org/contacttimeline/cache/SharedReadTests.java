package org.contacttimeline.cache;

import org.contacttimeline.cache.SharedRead;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The newest data version is read once for all the requests that ask at the same time, and never handed to a request
 * that asked after the read began (a write committed before it asked would be missed).
 */
class SharedReadTests {

	private final ExecutorService callers = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		this.callers.shutdownNow();
	}

	@Test
	void callersThatAskWhileAReadRunsShareTheNextReadNotThatOne() throws Exception {
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		AtomicInteger reads = new AtomicInteger();
		SharedRead newest = new SharedRead(() -> {
			int read = reads.incrementAndGet(); // the value is the number of the read, as a version would move on
			if (read == 1) {
				await(firstMayEnd);
			}
			return read;
		});
		Future<Long> first = this.callers.submit(newest::getAsLong);
		while (reads.get() < 1) {
			Thread.onSpinWait(); // the first read has begun
		}
		Thread[] later = new Thread[3];
		Future<?>[] laterValues = new Future<?>[later.length];
		for (int i = 0; i < later.length; i++) {
			CountDownLatch started = new CountDownLatch(1);
			Thread[] self = new Thread[1];
			laterValues[i] = this.callers.submit(() -> {
				self[0] = Thread.currentThread();
				started.countDown();
				return newest.getAsLong();
			});
			started.await();
			later[i] = self[0];
		}
		for (Thread thread : later) {
			while (thread.getState() != Thread.State.WAITING) {
				Thread.onSpinWait(); // each has asked and waits: for the first read to end, or for the one after it
			}
		}
		firstMayEnd.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		for (Future<?> value : laterValues) {
			assertThat(value.get(10, TimeUnit.SECONDS)).isEqualTo(2L); // read after they asked, by one read
		}
		assertThat(reads).hasValue(2);
	}

	@Test
	void aFailedReadFailsItsCallersAndTheNextCallerReadsAgain() {
		AtomicInteger reads = new AtomicInteger();
		LongSupplier source = () -> {
			if (reads.incrementAndGet() == 1) {
				throw new IllegalStateException("the database is away");
			}
			return 7;
		};
		SharedRead newest = new SharedRead(source);

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(newest::getAsLong)
			.withMessage("the database is away");
		assertThat(newest.getAsLong()).isEqualTo(7);
		assertThat(newest.getAsLong()).isEqualTo(7);
		assertThat(reads).hasValue(3); // one read for each caller that asked after the last one ended
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
