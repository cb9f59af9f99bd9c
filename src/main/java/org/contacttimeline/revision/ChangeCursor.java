package org.contacttimeline.revision;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of the change feed ended: its last change's revision, resource type and id (several resources may
 * change in one revision). Clients see it only as an opaque string.
 */
record ChangeCursor(long revision, String type, long id) {

	String encode() {
		String raw = "c1|" + this.revision + "|" + this.type + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor a previous page gave, or {@code null} when the value was not made by this service. */
	static ChangeCursor decode(String value) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", -1);
			if (parts.length == 4 && parts[0].equals("c1") && parts[1].matches("\\d{1,18}") && parts[2].matches("[a-z]{1,20}")
					&& parts[3].matches("\\d{1,18}")) {
				return new ChangeCursor(Long.parseLong(parts[1]), parts[2], Long.parseLong(parts[3]));
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: not ours
		}
		return null;
	}

}
