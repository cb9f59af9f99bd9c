package org.contacttimeline.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A keyset position in a list ordered by start date (undated last), then slug, then type: the last item a page
 * returned. Clients see it only as an opaque string; a tampered one is rejected with 400.
 *
 * @param startDate the last item's start date, {@code null} when it had none
 * @param slug the last item's slug
 * @param type the kind of the last item ({@code meeting}, {@code delegation}, {@code official})
 */
public record Cursor(LocalDate startDate, String slug, String type) {

	/** The form of a cursor: base64url. */
	static final String PATTERN = "[A-Za-z0-9_-]+={0,2}";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern TYPE = Pattern.compile("[a-z]+");

	public String encode() {
		String raw = "1|" + (this.startDate != null ? this.startDate : "") + "|" + this.slug + "|" + this.type;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor that a previous page returned.
	 * @throws InvalidRequestException if it was not made by this service
	 */
	public static Cursor decode(String value) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
			String[] parts = raw.split("\\|", -1);
			if (parts.length == 4 && parts[0].equals("1") && SLUG.matcher(parts[2]).matches()
					&& TYPE.matcher(parts[3]).matches()) {
				LocalDate startDate = parts[1].isEmpty() ? null : LocalDate.parse(parts[1]);
				if (startDate == null || QueryParameters.storable(startDate)) {
					return new Cursor(startDate, parts[2], parts[3]);
				}
			}
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			// falls through to the problem below
		}
		throw new InvalidRequestException("cursor",
				"is not a cursor this service issued; pass the 'next' value of a previous page unchanged, or omit it for the first page",
				value);
	}

}
