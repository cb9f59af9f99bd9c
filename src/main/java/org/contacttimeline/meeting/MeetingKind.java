package org.contacttimeline.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A CAMEO event code a meeting is classified by ({@code 040} consult, {@code 042} make a visit, ...). Reference
 * data loaded by the migrations.
 */
@Entity
class MeetingKind {

	@Id
	private String code;

	private String label;

	protected MeetingKind() {
	}

	public MeetingKind(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

}
