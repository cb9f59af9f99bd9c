package org.contacttimeline.time;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link DatePrecision} as the lower-case word the schema's check constraint accepts.
 */
@Converter(autoApply = true)
class DatePrecisionConverter implements AttributeConverter<DatePrecision, String> {

	@Override
	public String convertToDatabaseColumn(DatePrecision precision) {
		return (precision != null) ? precision.name().toLowerCase(Locale.ROOT) : null;
	}

	@Override
	public DatePrecision convertToEntityAttribute(String value) {
		return (value != null) ? DatePrecision.valueOf(value.toUpperCase(Locale.ROOT)) : null;
	}

}
