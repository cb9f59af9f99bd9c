package org.contacttimeline.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a group is rejected: kept with it, and shown to whoever reads it later. */
record RejectRequest(
		@NotBlank(message = "must say why the group is rejected (e.g. not a meeting, wrong countries, a report of an older meeting)")
		@Size(max = 2000) String reason) {
}
