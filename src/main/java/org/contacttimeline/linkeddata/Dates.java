package org.contacttimeline.linkeddata;

import java.time.LocalDate;

/**
 * Dates as precise as they are known, in the reduced ISO 8601 forms that schema.org and Popolo accept: a day
 * ({@code 2019-03-14}), a month ({@code 2019-03}) or a year ({@code 1949}).
 */
final class Dates {

	private Dates() {
	}

	static String of(LocalDate date, String precision) {
		if (date == null) {
			return null;
		}
		return switch (precision) {
			case "year" -> String.valueOf(date.getYear());
			case "month" -> date.toString().substring(0, 7);
			default -> date.toString();
		};
	}

}
