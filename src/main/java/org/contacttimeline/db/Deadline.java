package org.contacttimeline.db;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time a request's computation in Java may take (the network, the grouping of an import's events), as long as one
 * statement may run ({@code timeline.limits.statement-timeout}): the statement timeout bounds the work in the database,
 * this the work between statements. A loop {@linkplain #check checks} it as it goes; one that runs past it stops with
 * {@link Passed}, which is answered as a statement timeout is, with a 503 problem and {@code Retry-After}.
 */
public final class Deadline {

	private static final Deadline NONE = new Deadline(null);

	private final Duration allowed;

	private final long end;

	private Deadline(Duration allowed) {
		this.allowed = allowed;
		this.end = (allowed != null) ? System.nanoTime() + allowed.toNanos() : 0;
	}

	/** A deadline {@code allowed} from now. */
	public static Deadline after(Duration allowed) {
		return new Deadline(allowed);
	}

	/** No deadline: for work that is no request's (a command run by an operator). */
	public static Deadline none() {
		return NONE;
	}

	/** Whether the time allowed has passed. */
	public boolean passed() {
		return this.allowed != null && System.nanoTime() - this.end > 0;
	}

	/** @throws Passed when the time allowed has passed */
	public void check() {
		if (passed()) {
			throw new Passed(this.allowed);
		}
	}

	/** A computation stopped at its deadline. */
	public static final class Passed extends RuntimeException {

		public Passed(Duration allowed) {
			super("ran longer than the " + allowed.toMillis() + " ms a request's computation may take", null, false, false);
		}

	}

	/** Starts the deadlines of requests, each as long as the statement timeout. */
	@Component
	public static final class Clock {

		private static final Pattern POSTGRESQL_TIME = Pattern.compile("\\s*(\\d+)\\s*(us|ms|s|min|h|d)?\\s*");

		private final Duration allowed;

		Clock(@Value("${timeline.limits.statement-timeout:5s}") String statementTimeout) {
			this.allowed = duration(statementTimeout);
		}

		/** A deadline that starts now. */
		public Deadline start() {
			// a statement timeout of 0 is none
			return this.allowed.isZero() ? NONE : Deadline.after(this.allowed);
		}

		/** A time in PostgreSQL's form ({@code 5s}, {@code 500ms}, {@code 1min}; milliseconds without a unit). */
		static Duration duration(String time) {
			Matcher matcher = POSTGRESQL_TIME.matcher(time.toLowerCase(Locale.ROOT));
			if (!matcher.matches()) {
				throw new IllegalArgumentException("timeline.limits.statement-timeout is not a time PostgreSQL reads: " + time);
			}
			long amount = Long.parseLong(matcher.group(1));
			String unit = (matcher.group(2) != null) ? matcher.group(2) : "ms";
			return switch (unit) {
				case "us" -> Duration.ofNanos(amount * 1000);
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "min" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			};
		}

	}

}
