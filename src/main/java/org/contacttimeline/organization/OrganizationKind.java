package org.contacttimeline.organization;

/**
 * What kind of body an {@link Organization} is. Stored lower-case ({@code head_of_state}, {@code news_agency}, ...)
 * by {@link OrganizationKindConverter}.
 */
public enum OrganizationKind {

	MINISTRY, LEGISLATURE, COMMITTEE, PARTY, GOVERNMENT, HEAD_OF_STATE, NEWS_AGENCY, NEWSPAPER, OTHER

}
