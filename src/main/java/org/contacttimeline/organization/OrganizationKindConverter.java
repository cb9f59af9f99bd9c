package org.contacttimeline.organization;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link OrganizationKind} as the lower-case word the schema's check constraint accepts.
 */
@Converter(autoApply = true)
class OrganizationKindConverter implements AttributeConverter<OrganizationKind, String> {

	@Override
	public String convertToDatabaseColumn(OrganizationKind kind) {
		return (kind != null) ? kind.name().toLowerCase(Locale.ROOT) : null;
	}

	@Override
	public OrganizationKind convertToEntityAttribute(String value) {
		return (value != null) ? OrganizationKind.valueOf(value.toUpperCase(Locale.ROOT)) : null;
	}

}
