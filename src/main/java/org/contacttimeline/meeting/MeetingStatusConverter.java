package org.contacttimeline.meeting;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.contacttimeline.contact.MeetingStatus;

/**
 * Stores a {@link MeetingStatus} as the lower-case word the schema's check constraint accepts.
 */
@Converter(autoApply = true)
class MeetingStatusConverter implements AttributeConverter<MeetingStatus, String> {

	@Override
	public String convertToDatabaseColumn(MeetingStatus status) {
		return (status != null) ? status.value() : null;
	}

	@Override
	public MeetingStatus convertToEntityAttribute(String value) {
		return (value != null) ? MeetingStatus.valueOf(value.toUpperCase(Locale.ROOT)) : null;
	}

}
