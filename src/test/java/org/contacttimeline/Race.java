package org.contacttimeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Editors racing each other: writes released at the same instant, each on a thread of its own, as editors who press
 * save together.
 */
public final class Race {

	private Race() {
	}

	/** Sends every write at once and answers their statuses, in the order of the writes. */
	public static List<Integer> statuses(List<Callable<Api.Response>> writes) throws Exception {
		ExecutorService editors = Executors.newFixedThreadPool(writes.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (Callable<Api.Response> write : writes) {
				answers.add(editors.submit(() -> {
					start.await();
					return write.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Api.Response> answer : answers) {
				statuses.add(answer.get(30, TimeUnit.SECONDS).status());
			}
			return statuses;
		}
		finally {
			editors.shutdown();
		}
	}

}
